export const id = 738;
export const ids = [738];
export const modules = {

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CopyDistributionCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class CopyDistributionCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CopyDistribution", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CopyDistribution$ */ .Glj) {
}


/***/ }),

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CreateContinuousDeploymentPolicyCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class CreateContinuousDeploymentPolicyCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateContinuousDeploymentPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateContinuousDeploymentPolicy$ */ .r5g) {
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ GetContinuousDeploymentPolicyConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class GetContinuousDeploymentPolicyConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetContinuousDeploymentPolicyConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetContinuousDeploymentPolicyConfig$ */ .v15) {
}


/***/ }),

/***/ 7003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListContinuousDeploymentPoliciesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class ListContinuousDeploymentPoliciesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListContinuousDeploymentPolicies", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListContinuousDeploymentPolicies$ */ .hkg) {
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UpdateContinuousDeploymentPolicyCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class UpdateContinuousDeploymentPolicyCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "UpdateContinuousDeploymentPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .UpdateContinuousDeploymentPolicy$ */ .cMG) {
}


/***/ }),

/***/ 1357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ UpdateDistributionWithStagingConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class UpdateDistributionWithStagingConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "UpdateDistributionWithStagingConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .UpdateDistributionWithStagingConfig$ */ .tv6) {
}


/***/ }),

/***/ 2611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ checkHealth)
/* harmony export */ });
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9373);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1666);
/**
 * The health check after Deployed: fetch the URL until it answers the expected status. Two kinds of
 * failure are told apart. A server that answers with another status has given a definite answer:
 * `failures` of those in a row fail the check at once, so a broken version is rolled back within
 * seconds. A connection error or a timeout says nothing about the version (edge locations pick it
 * up over a few seconds even after Deployed, DNS may lag): those keep retrying until the budget ends.
 */


/** One attempt: the status a server answered, or why no answer came. */
/** The pause before re-checking a wrong status. */
const CONFIRM_MS = 3000;
async function attempt(o, timeoutMs) {
    try {
        const res = await (o.fetchImpl ?? fetch)(o.url, {
            redirect: 'manual',
            signal: o.signal
                ? AbortSignal.any([AbortSignal.timeout(timeoutMs), o.signal])
                : AbortSignal.timeout(timeoutMs),
            headers: { ...o.headers, 'user-agent': 'lambda-edge-deploy health check' }
        });
        await res.body?.cancel();
        return { kind: 'status', status: res.status };
    }
    catch (e) {
        return { kind: 'no-answer', why: e instanceof Error ? e.message : String(e) };
    }
}
async function checkHealth(o) {
    const start = o.clock.now();
    const budget = o.budgetMs ?? 60_000;
    const interval = o.intervalMs ?? 5000;
    const failures = o.failures ?? 3;
    const elapsed = () => `${Math.round((o.clock.now() - start) / 1000)} s`;
    let wrongInARow = 0;
    for (let n = 1;; n++) {
        // An attempt never runs past the budget by more than a second.
        const left = Math.max(1000, budget - (o.clock.now() - start));
        const a = await attempt(o, Math.min(o.attemptTimeoutMs ?? 10_000, left));
        if (o.signal?.aborted)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`Health check of ${o.url} cancelled after ${n} attempt(s).`);
        if (a.kind === 'status' && a.status === o.expectStatus)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__.ok)({ attempts: n, status: a.status });
        wrongInARow = a.kind === 'status' ? wrongInARow + 1 : 0;
        const last = a.kind === 'status' ? `HTTP ${a.status}` : a.why;
        if (wrongInARow >= failures)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`Health check of ${o.url} failed: it answered ${last} ${wrongInARow} time(s) in a row (expected HTTP ${o.expectStatus}; health-check-failures is ${failures}) after ${n} attempt(s) in ${elapsed()}.`);
        // A wrong status is confirmed sooner: the wait notices Deployed up to ~4 s late, and a broken
        // version must be rolled back within 15 s of Deployed (issue 11) with room to spare.
        const pause = wrongInARow > 0 ? Math.min(interval, CONFIRM_MS) : interval;
        if (o.clock.now() - start + pause > budget)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._)(`Health check of ${o.url} failed: expected HTTP ${o.expectStatus}, last answer ${last} after ${n} attempt(s) in ${elapsed()} (health-check-timeout-seconds).`);
        await (0,_clock_js__WEBPACK_IMPORTED_MODULE_0__/* .sleepUnless */ .uj)(o.clock, pause, o.signal);
    }
}


/***/ }),

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ updateJournal),
/* harmony export */   a: () => (/* binding */ readJournal)
/* harmony export */ });
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2588);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1666);
/* harmony import */ var _alias_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8162);
/**
 * The journal's home: the description of the alias `lambda-edge-live`, which also points at the
 * last verified live version. Every write is read-modify-write guarded by the alias RevisionId.
 */



const toRecord = (alias) => {
    const live = Number(alias.version);
    return {
        journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJournal */ .z8)(alias.description),
        liveVersion: Number.isInteger(live) && live > 0 ? live : undefined,
        alias
    };
};
async function readJournal(clients, fn) {
    const a = await (0,_alias_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readAlias */ .Jd)(clients, fn, _journal_js__WEBPACK_IMPORTED_MODULE_0__/* .JOURNAL_ALIAS */ .f);
    return a.ok ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(toRecord(a.value)) : a;
}
const ATTEMPTS = 4;
/**
 * Applies `change` on top of the journal as it is in AWS. `first` is a record read earlier in the
 * run (one call fewer when nobody wrote since). A change that is already in place (our own write
 * whose answer was lost, found on the re-read) is not written again.
 */
async function updateJournal(clients, fn, change, first) {
    let current = first;
    for (let attempt = 1;; attempt++) {
        if (!current) {
            const read = await readJournal(clients, fn);
            if (!read.ok)
                return read;
            current = read.value;
        }
        const next = change(current);
        if (!next)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(current);
        const description = (0,_journal_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeJournal */ .WU)(next.journal);
        if (current.alias.exists &&
            description === current.alias.description &&
            current.liveVersion === next.live)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(current);
        const w = await (0,_alias_store_js__WEBPACK_IMPORTED_MODULE_1__/* .writeAlias */ .O)(clients, fn, _journal_js__WEBPACK_IMPORTED_MODULE_0__/* .JOURNAL_ALIAS */ .f, current.alias, {
            description,
            version: String(next.live)
        });
        if (!w.ok)
            return w;
        if (w.value !== 'conflict')
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(toRecord(w.value));
        if (attempt >= ATTEMPTS)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)({
                code: 'PreconditionFailedException',
                message: `The journal alias ${fn}:${_journal_js__WEBPACK_IMPORTED_MODULE_0__/* .JOURNAL_ALIAS */ .f} kept changing under this run (${ATTEMPTS} attempts).`,
                advice: 'Another process writes it continuously: find it, then re-run.'
            });
        current = undefined;
    }
}


/***/ }),

/***/ 228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ setPolicyEnabled),
/* harmony export */   R0: () => (/* binding */ readTargets),
/* harmony export */   SD: () => (/* binding */ attachPolicy),
/* harmony export */   c1: () => (/* binding */ promoteStaging),
/* harmony export */   qp: () => (/* binding */ createStaging),
/* harmony export */   y8: () => (/* binding */ putPolicy)
/* harmony export */ });
/* unused harmony export readPolicy */
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9875);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1566);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7003);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5492);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1295);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3048);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(908);
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1357);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9373);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1666);
/* harmony import */ var _cloudfront_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6891);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/**
 * CloudFront continuous deployment adapter: the primary's staging distribution and its continuous
 * deployment policy. Every write carries the ETag it read (IfMatch) and is read again and retried
 * on PreconditionFailed, like the distribution updates in cloudfront.ts.
 */






const MAX_ATTEMPTS = 5;
const isStale = (e) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorCode */ .CA)(e) === 'PreconditionFailed';
/** Runs `attempt` again (after a short pause) while it meets a stale ETag. */
async function withFreshEtag(clock, attempt) {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
        const r = await attempt();
        if (!r.ok || r.value !== 'stale')
            return r;
        await clock.sleep((0,_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .backoff */ .JN)(i, 200, 3000));
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)({
        code: 'PreconditionFailed',
        message: `Still PreconditionFailed after ${MAX_ATTEMPTS} attempts: someone else keeps changing it.`,
        advice: 'Re-run when the other change has finished.'
    });
}
async function readPolicy(clients, id) {
    try {
        const res = await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_5__/* .GetContinuousDeploymentPolicyConfigCommand */ .C({ Id: id }));
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({
            id,
            etag: res.ETag ?? '',
            config: res.ContinuousDeploymentPolicyConfig ?? {}
        });
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'GetContinuousDeploymentPolicyConfig', `continuous deployment policy ${id}`));
    }
}
async function listSummaries(clients) {
    const out = [];
    try {
        for await (const page of (0,_aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_6__/* .paginateListDistributions */ .z)({ client: clients.cloudfront, pageSize: 100 }, {}))
            for (const d of page.DistributionList?.Items ?? [])
                out.push({ id: d.Id ?? '', domainName: d.DomainName ?? '', staging: d.Staging === true });
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(out);
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'ListDistributions', 'the account'));
    }
}
/** The account's policies ("Quantity": the total number of them in the account, for the quota). */
async function listPolicies(clients) {
    try {
        const res = await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_7__/* .ListContinuousDeploymentPoliciesCommand */ .a({}));
        const list = res.ContinuousDeploymentPolicyList;
        const items = (list?.Items ?? []).flatMap(i => {
            const p = i.ContinuousDeploymentPolicy;
            return p?.Id && p.ContinuousDeploymentPolicyConfig
                ? [{ id: p.Id, config: p.ContinuousDeploymentPolicyConfig }]
                : [];
        });
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({ quantity: list?.Quantity ?? 0, items });
    }
    catch (e) {
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'ListContinuousDeploymentPolicies', 'the account'));
    }
}
/**
 * CopyDistribution's CallerReference names the primary, and the staging distribution keeps it
 * for life: a canary that stopped after CopyDistribution but before its policy was attached left
 * a staging distribution nothing points at, and the next canary finds it by this prefix.
 */
const callerPrefix = (primaryId) => `lambda-edge-deploy-staging-${primaryId}-`;
/**
 * Primaries whose policy does not lead to a staging distribution: look for one this tool made
 * for them (by CallerReference), and a policy that already routes to it. Reads only the staging
 * distributions nobody else claimed, and only when a primary has none.
 */
async function findLeftOvers(clients, targets, summaries, policies) {
    const lonely = targets.filter(t => !t.staging);
    const claimed = new Set(targets.flatMap(t => (t.staging ? [t.staging.id] : [])));
    const candidates = summaries.filter(s => s.staging && !claimed.has(s.id));
    if (lonely.length === 0 || candidates.length === 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(undefined);
    for (const c of candidates) {
        const read = await (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__/* .readDistribution */ .xF)(clients, c.id);
        if (!read.ok)
            return read;
        const ref = read.value.config.CallerReference ?? '';
        const t = lonely.find(l => !l.staging && ref.startsWith(callerPrefix(l.primaryId)));
        if (!t)
            continue;
        t.staging = { id: c.id, domainName: c.domainName };
        t.leftOver = true;
        const policy = t.policyId
            ? undefined
            : policies.find(p => p.config.StagingDistributionDnsNames?.Items?.includes(c.domainName));
        if (policy) {
            t.policyId = policy.id;
            t.policyEnabled = policy.config.Enabled === true;
            t.traffic = policy.config.TrafficConfig;
        }
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(undefined);
}
/**
 * For each primary: its policy (from ContinuousDeploymentPolicyId) and the staging distribution
 * the policy routes to (found by domain name), plus the account's counts for the quotas. Reads only.
 */
async function readTargets(clients, primaries) {
    const [summaries, policies] = await Promise.all([listSummaries(clients), listPolicies(clients)]);
    if (!summaries.ok)
        return summaries;
    if (!policies.ok)
        return policies;
    const targets = [];
    for (const p of primaries) {
        const policyId = p.config.ContinuousDeploymentPolicyId || undefined;
        if (!policyId) {
            targets.push({ primaryId: p.id });
            continue;
        }
        const policy = await readPolicy(clients, policyId);
        if (!policy.ok)
            return policy;
        const domain = policy.value.config.StagingDistributionDnsNames?.Items?.[0];
        const staging = summaries.value.find(s => s.staging && s.domainName === domain);
        targets.push({
            primaryId: p.id,
            policyId,
            policyEnabled: policy.value.config.Enabled === true,
            traffic: policy.value.config.TrafficConfig,
            staging: staging && { id: staging.id, domainName: staging.domainName }
        });
    }
    const leftOvers = await findLeftOvers(clients, targets, summaries.value, policies.value.items);
    if (!leftOvers.ok)
        return leftOvers;
    const counts = {
        stagingDistributions: summaries.value.filter(s => s.staging).length,
        policies: policies.value.quantity
    };
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({ targets, counts });
}
/** CopyDistribution with Staging: true and the primary's ETag (read again if it moved). */
async function createStaging(clients, primaryId, clock) {
    return withFreshEtag(clock, async () => {
        const primary = await (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__/* .readDistribution */ .xF)(clients, primaryId);
        if (!primary.ok)
            return primary;
        try {
            const res = await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_8__/* .CopyDistributionCommand */ .L({
                PrimaryDistributionId: primaryId,
                Staging: true,
                IfMatch: primary.value.etag,
                CallerReference: `${callerPrefix(primaryId)}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`,
                Enabled: true
            }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({ id: res.Distribution?.Id ?? '', domainName: res.Distribution?.DomainName ?? '' });
        }
        catch (e) {
            if (isStale(e))
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)('stale');
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'CopyDistribution', `distribution ${primaryId}`));
        }
    });
}
/** Creates the policy, or replaces an existing one's config (read-modify-write with IfMatch). */
async function putPolicy(clients, id, config, clock) {
    if (id === undefined) {
        try {
            const res = await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_9__/* .CreateContinuousDeploymentPolicyCommand */ .A({ ContinuousDeploymentPolicyConfig: config }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(res.ContinuousDeploymentPolicy?.Id ?? '');
        }
        catch (e) {
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'CreateContinuousDeploymentPolicy', 'the account'));
        }
    }
    return withFreshEtag(clock, async () => {
        const current = await readPolicy(clients, id);
        if (!current.ok)
            return current;
        try {
            await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_10__/* .UpdateContinuousDeploymentPolicyCommand */ .h({
                Id: id,
                IfMatch: current.value.etag,
                ContinuousDeploymentPolicyConfig: config
            }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(id);
        }
        catch (e) {
            if (isStale(e))
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)('stale');
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'UpdateContinuousDeploymentPolicy', `continuous deployment policy ${id}`));
        }
    });
}
/** Turns a policy on or off, keeping the rest of its config. Off: all traffic to the primary. */
async function setPolicyEnabled(clients, id, enabled, clock) {
    return withFreshEtag(clock, async () => {
        const current = await readPolicy(clients, id);
        if (!current.ok)
            return current;
        if (current.value.config.Enabled === enabled)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(undefined);
        try {
            await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_10__/* .UpdateContinuousDeploymentPolicyCommand */ .h({
                Id: id,
                IfMatch: current.value.etag,
                ContinuousDeploymentPolicyConfig: { ...current.value.config, Enabled: enabled }
            }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(undefined);
        }
        catch (e) {
            if (isStale(e))
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)('stale');
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'UpdateContinuousDeploymentPolicy', `continuous deployment policy ${id}`));
        }
    });
}
/** ContinuousDeploymentPolicyId on the primary: read-modify-write with IfMatch, once per primary. */
async function attachPolicy(clients, primaryId, policyId, clock) {
    return withFreshEtag(clock, async () => {
        const primary = await (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__/* .readDistribution */ .xF)(clients, primaryId);
        if (!primary.ok)
            return primary;
        if (primary.value.config.ContinuousDeploymentPolicyId === policyId)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(false);
        try {
            await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_11__/* .UpdateDistributionCommand */ .Z({
                Id: primaryId,
                IfMatch: primary.value.etag,
                DistributionConfig: { ...primary.value.config, ContinuousDeploymentPolicyId: policyId }
            }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(true);
        }
        catch (e) {
            if (isStale(e))
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)('stale');
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'UpdateDistribution', `distribution ${primaryId}`));
        }
    });
}
/**
 * UpdateDistributionWithStagingConfig with `If-Match: "<primary ETag>, <staging ETag>"`: the
 * staging config onto the primary (which keeps its aliases and policy id); AWS disables the policy.
 */
async function promoteStaging(clients, primaryId, stagingId, clock, 
/** A reason not to promote these two configs (the ETags sent are the ones checked). */
refuse = () => undefined) {
    return withFreshEtag(clock, async () => {
        const [p, s] = await Promise.all([
            (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__/* .readDistribution */ .xF)(clients, primaryId),
            (0,_cloudfront_js__WEBPACK_IMPORTED_MODULE_2__/* .readDistribution */ .xF)(clients, stagingId)
        ]);
        if (!p.ok)
            return p;
        if (!s.ok)
            return s;
        const refusal = refuse(p.value, s.value);
        if (refusal)
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(refusal);
        try {
            await clients.cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_12__/* .UpdateDistributionWithStagingConfigCommand */ .q({
                Id: primaryId,
                StagingDistributionId: stagingId,
                IfMatch: `${p.value.etag}, ${s.value.etag}`
            }));
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(undefined);
        }
        catch (e) {
            if (isStale(e))
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)('stale');
            return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .translate */ .Tl)(e, 'UpdateDistributionWithStagingConfig', `distribution ${primaryId}`));
        }
    });
}


/***/ }),

/***/ 8018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ bakeStep)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/bake/metrics.ts + 2 modules
var metrics = __webpack_require__(7669);
// EXTERNAL MODULE: ./src/bake/verdict.ts
var bake_verdict = __webpack_require__(3528);
;// CONCATENATED MODULE: ./src/bake/bake.ts



/** Distributions judged against their own traffic before the deploy (a direct deploy). */
const againstBefore = (ids) => ids.map(distributionId => ({ distributionId, against: 'before' }));
/** The baseline ends where the deploy's first write began; the bake starts with the current period. */
function windowsOf(cfg, now, writesStartedAt) {
    const periodMs = cfg.periodSeconds * 1000;
    const beforeTo = (0,metrics/* alignDown */.uf)(writesStartedAt, periodMs);
    return {
        periodMs,
        beforeTo,
        beforeFrom: beforeTo - (0,metrics/* alignDown */.uf)(cfg.seconds * 1000, periodMs),
        bakeFrom: (0,metrics/* alignDown */.uf)(now, periodMs),
        end: now + cfg.seconds * 1000
    };
}
async function runBake(ctx, targets, writesStartedAt) {
    const { bake: cfg, clock, log } = ctx;
    const started = clock.now();
    const w = windowsOf(cfg, started, writesStartedAt);
    const report = {
        result: 'too-little-traffic',
        seconds: cfg.seconds,
        periodSeconds: cfg.periodSeconds,
        max5xxRate: cfg.max5xxRate,
        minRequests: cfg.minRequests,
        elapsedMs: 0,
        calls: 0,
        distributions: []
    };
    const read = async (id, from, to, now) => {
        report.calls++;
        const s = await (0,metrics/* readSeries */.wF)(ctx.clients, id, from, to, cfg.periodSeconds);
        return s.ok ? { ok: true, value: (0,bake_verdict/* figures */.u5)(s.value, now, w.periodMs) } : s;
    };
    const before = new Map();
    for (const t of targets) {
        if (t.against !== 'before')
            continue;
        const f = await read(t.distributionId, w.beforeFrom, w.beforeTo, w.beforeTo);
        if (!f.ok)
            return { ...report, result: 'error', failure: (0,errors/* formatFailure */.M3)(f.error) };
        before.set(t.distributionId, f.value);
    }
    log.info(intro(cfg, targets));
    for (let n = 1;; n++) {
        const next = Math.min((0,metrics/* alignDown */.uf)(clock.now(), w.periodMs) + w.periodMs, w.end);
        await clock.sleep(Math.max(0, next - clock.now()));
        const now = clock.now();
        const closedTo = (0,metrics/* alignDown */.uf)(now, w.periodMs);
        // Nothing closed yet: no read, no traffic.
        const during = async (id) => closedTo > w.bakeFrom
            ? read(id, w.bakeFrom, closedTo, now)
            : { ok: true, value: (0,bake_verdict/* figures */.u5)(emptySeries(), now, w.periodMs) };
        report.distributions = [];
        const fail = (e) => ({
            ...report,
            result: 'error',
            elapsedMs: now - started,
            failure: (0,errors/* formatFailure */.M3)(e)
        });
        for (const t of targets) {
            const f = await during(t.distributionId);
            if (!f.ok)
                return fail(f.error);
            const b = t.against === 'primary' ? await during(t.primaryId) : undefined;
            if (b && !b.ok)
                return fail(b.error);
            const bake = f.value;
            const baseline = b?.ok ? b.value : before.get(t.distributionId);
            report.distributions.push({
                distributionId: t.distributionId,
                judgement: (0,bake_verdict/* judge */.S4)(bake, baseline, { ...cfg, periodMs: w.periodMs }, t.against),
                bake,
                baseline,
                against: t.against,
                primaryId: t.against === 'primary' ? t.primaryId : undefined,
                links: links(t.distributionId, cfg, w)
            });
        }
        report.elapsedMs = now - started;
        report.result = (0,bake_verdict/* overall */.Me)(report.distributions.map(d => d.judgement));
        log.info(progressLine(n, report));
        if (report.result === 'fail') {
            report.failure = report.distributions
                .flatMap(d => d.judgement.kind === 'fail'
                ? [(0,bake_verdict/* describeFailure */.Ic)(d.distributionId, d.judgement, d.bake)]
                : [])
                .join(' ');
            return report;
        }
        if (now >= w.end)
            return report;
    }
}
function intro(cfg, targets) {
    const names = targets.map(t => t.against === 'primary'
        ? `${t.distributionId} (against primary ${t.primaryId})`
        : t.distributionId);
    const rules = [...new Set(targets.map(t => bake_verdict/* BASELINES */.tb[t.against].rule))].join(' / ');
    return `Baking ${names.join(', ')} for ${cfg.seconds} s: fail above ${(0,bake_verdict/* percent */.KN)(cfg.max5xxRate)} 5xx (${rules}) once ${cfg.minRequests} requests were seen; one check per ${cfg.periodSeconds} s period.`;
}
const links = (id, cfg, w) => ({
    rate5xx: (0,metrics/* consoleUrl */.B9)(id, '5xxErrorRate', 'Average', cfg.periodSeconds, w.beforeFrom, w.end),
    requests: (0,metrics/* consoleUrl */.B9)(id, 'Requests', 'Sum', cfg.periodSeconds, w.beforeFrom, w.end)
});
const emptySeries = () => ({ requests: [], rate5xx: [], lambdaErrors: {} });
/** "Bake 3 (3 s of 5 s): E1 240 requests, 5xx 0.4% (before 0.5%): ok"; "(primary 0.5%)" on a canary. */
function progressLine(n, r) {
    const parts = r.distributions.map(d => {
        const verdict = d.judgement.kind === 'fail'
            ? 'FAIL'
            : d.judgement.kind === 'pass'
                ? 'ok'
                : `waiting for ${r.minRequests} requests`;
        return `${d.distributionId} ${d.bake.requests} requests, 5xx ${(0,bake_verdict/* percent */.KN)(d.bake.rate)} (${bake_verdict/* BASELINES */.tb[d.against].label} ${(0,bake_verdict/* percent */.KN)(d.baseline.rate)}): ${verdict}`;
    });
    return `Bake ${n} (${Math.round(r.elapsedMs / 1000)} s of ${r.seconds} s): ${parts.join(' · ')}`;
}

;// CONCATENATED MODULE: ./src/bake/step.ts

/**
 * `targets`: what to judge against what; by default every changed distribution against its own
 * traffic before the deploy. A canary passes its staging distributions against their primaries.
 */
async function bakeStep(ctx, out, writesStartedAt, targets = againstBefore([
    ...new Set(out.changes.map(c => c.distributionId))
])) {
    const { cfg } = ctx;
    if (cfg.mode !== 'deploy' || cfg.bake.seconds === 0 || out.changes.length === 0)
        return [];
    const ids = targets.map(t => t.distributionId);
    const report = await ctx.log.group(`Bake: CloudFront metrics of ${ids.join(', ')}`, () => runBake({ ...ctx, bake: cfg.bake }, targets, writesStartedAt));
    out.bake = report;
    switch (report.result) {
        case 'pass':
            return [];
        case 'too-little-traffic':
            ctx.log.warning(`The bake could not judge: fewer than bake-min-requests (${cfg.bake.minRequests}) requests in ${cfg.bake.seconds} s (${report.distributions.map(d => `${d.distributionId}: ${d.bake.requests}`).join(', ')}). The new version stays, unjudged by its traffic; lower bake-min-requests or raise bake-seconds.`);
            return [];
        case 'fail':
            return [`The bake failed: ${report.failure}`];
        case 'error':
            return [
                `The bake could not read CloudWatch, so the new version is not verified: ${report.failure}`
            ];
    }
}


/***/ }),

/***/ 2588:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ previousGood),
/* harmony export */   Ij: () => (/* binding */ recordRollback),
/* harmony export */   M8: () => (/* binding */ recordIntent),
/* harmony export */   Rq: () => (/* binding */ slotDigest),
/* harmony export */   WU: () => (/* binding */ serializeJournal),
/* harmony export */   f: () => (/* binding */ JOURNAL_ALIAS),
/* harmony export */   p0: () => (/* binding */ recordVerdict),
/* harmony export */   p4: () => (/* binding */ isVerified),
/* harmony export */   z8: () => (/* binding */ parseJournal)
/* harmony export */ });
/* unused harmony export emptyJournal */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The deploy journal, kept in AWS beside the function so any runner (a re-run, another workflow,
 * the CLI on a laptop) sees the same truth. Edge functions cannot carry tags, but they can have
 * aliases, and an alias has a description (at most 256 characters): the alias `lambda-edge-live`
 * points at the last verified live version and its description holds this journal as compact JSON.
 *
 * What it records, per function:
 * - `pending`: the intent of the deploy under way, written before its first distribution write
 *   (version, the version it replaces, run id, include-body, a digest of the slots);
 * - the verdict once the deploy was verified or stopped: good (Deployed and healthy), bad (failed
 *   or rolled back from), cancelled (stopped before verification: never good until a re-run
 *   verifies it).
 * Only good versions are offered as `previous`. Pure: the alias adapter reads and writes the text.
 */

const JOURNAL_ALIAS = 'lambda-edge-live';
// Lambda's limit on an alias description (UpdateAlias, Description: "Maximum length of 256").
const MAX_DESCRIPTION = 256;
const emptyJournal = () => ({ good: [], bad: [], cancelled: [], body: {} });
const isVersion = (n) => Number.isInteger(n) && n > 0;
const numbers = (v) => (Array.isArray(v) ? v.filter(isVersion) : []);
const bodyOf = (raw) => raw === 1 ? true : raw === 0 ? false : raw === 'm' ? 'mixed' : undefined;
const bodyCode = (b) => (b === 'mixed' ? 'm' : b ? 1 : 0);
const slotDigest = (slots) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
    .update([...slots].sort().join('\n'))
    .digest('hex')
    .slice(0, 8);
function parseIntent(raw) {
    if (typeof raw !== 'object' || raw === null)
        return undefined;
    const p = raw;
    if (!isVersion(p.v) || typeof p.r !== 'string')
        return undefined;
    return {
        kind: p.k === 'r' ? 'rollback' : 'deploy',
        version: p.v,
        from: isVersion(p.f) ? p.f : undefined,
        run: p.r,
        body: bodyOf(p.b) ?? false,
        slots: typeof p.s === 'string' ? p.s : ''
    };
}
/** The journal in an alias description; also reads the older `{good, bad}` history. */
function parseJournal(description) {
    let raw;
    try {
        raw = JSON.parse(description ?? '');
        if (typeof raw !== 'object' || raw === null)
            return emptyJournal();
    }
    catch {
        // Absent or written by hand: start afresh rather than fail a deploy over bookkeeping.
        return emptyJournal();
    }
    const j = emptyJournal();
    const good = Array.isArray(raw.g) ? raw.g : Array.isArray(raw.good) ? raw.good : [];
    for (const e of good) {
        const [v, b] = Array.isArray(e) ? e : [e, undefined];
        if (!isVersion(v))
            continue;
        j.good.push(v);
        const body = bodyOf(b);
        if (body !== undefined)
            j.body[v] = body;
    }
    j.bad = numbers(raw.b ?? raw.bad);
    j.cancelled = numbers(raw.c);
    j.pending = parseIntent(raw.p);
    return j;
}
function encode(j) {
    const g = j.good.map(v => (j.body[v] === undefined ? v : [v, bodyCode(j.body[v])]));
    const p = j.pending;
    return JSON.stringify({
        g,
        b: j.bad,
        c: j.cancelled,
        ...(p && {
            p: {
                ...(p.kind === 'rollback' && { k: 'r' }),
                v: p.version,
                f: p.from,
                r: p.run.slice(0, 40),
                b: bodyCode(p.body),
                s: p.slots
            }
        })
    });
}
/** Compact JSON under Lambda's limit; the oldest verdicts go first when it is too long. */
function serializeJournal(j) {
    const next = { ...j, good: [...j.good], bad: [...j.bad], cancelled: [...j.cancelled] };
    for (;;) {
        const text = encode(next);
        if (text.length <= MAX_DESCRIPTION)
            return text;
        const longest = [next.good, next.bad, next.cancelled].sort((a, b) => b.length - a.length)[0];
        longest.shift();
    }
}
const without = (list, v) => list.filter(n => n !== v);
/** True when the journal knows anything about `v` (a verdict or a pending intent). */
const known = (j, v) => j.good.includes(v) || j.bad.includes(v) || j.cancelled.includes(v) || j.pending?.version === v;
/** A deploy is about to write its first distribution: say so before it does. */
const recordIntent = (j, intent) => ({ ...j, pending: intent });
/** The journal says `v` was verified, and no later deploy of it is under way. */
const isVerified = (j, v) => j.good.includes(v) && j.pending?.version !== v;
/**
 * The verdict on `version`. Good: it becomes the newest good version, and the version it replaced
 * counts as good too when the journal never heard of it (it was live before the first journaled
 * deploy, associated by hand); a version the journal knows as bad, cancelled or pending stays so.
 */
function recordVerdict(j, version, verdict, o = {}) {
    const pending = j.pending?.version === version ? undefined : j.pending;
    const body = { ...j.body };
    if (verdict !== 'good') {
        // A cancelled re-deploy of a version verified earlier keeps the earlier verdict.
        const keepGood = verdict === 'cancelled' && j.good.includes(version);
        if (!keepGood)
            delete body[version];
        return {
            good: keepGood ? j.good : without(j.good, version),
            bad: verdict === 'bad' ? [...without(j.bad, version), version] : without(j.bad, version),
            cancelled: verdict === 'cancelled' && !keepGood
                ? [...without(j.cancelled, version), version]
                : without(j.cancelled, version),
            body,
            pending
        };
    }
    let good = [...j.good];
    for (const r of o.replaced ?? [])
        if (r !== version && !known(j, r))
            good.push(r);
    good = [...without(good, version), version];
    if (o.body !== undefined)
        body[version] = o.body;
    return {
        good,
        bad: without(j.bad, version),
        cancelled: without(j.cancelled, version),
        body,
        pending
    };
}
/**
 * The last good version before `live`, if any. When `live` is not a recorded success (a failed or
 * cancelled deploy left it in place, or it was associated by hand), the newest good version older
 * than it: never a newer one.
 */
function previousGood(j, live) {
    const at = live === undefined ? -1 : j.good.lastIndexOf(live);
    const before = at >= 0 ? j.good.slice(0, at) : j.good.filter(v => live === undefined || v < live);
    return [...before].reverse().find(v => v !== live && !j.bad.includes(v));
}
/** A verified rollback from `from` to `to`: the version rolled back from is never offered again. */
function recordRollback(j, from, to) {
    const after = from !== undefined && from !== to ? recordVerdict(j, from, 'bad') : j;
    const pending = after.pending?.version === to ? undefined : after.pending;
    if (after.good.includes(to))
        return { ...after, pending };
    return recordVerdict({ ...after, pending }, to, 'good');
}


/***/ }),

/***/ 6738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cf: () => (/* binding */ promoteAll),
/* harmony export */   Ui: () => (/* binding */ releaseCanary),
/* harmony export */   a: () => (/* binding */ driftRefusal),
/* harmony export */   e: () => (/* binding */ prepareCanary),
/* harmony export */   gA: () => (/* binding */ rememberCanary)
/* harmony export */ });
/* unused harmony exports onPrimaries, replacedVersions */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6891);
/* harmony import */ var _bake_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8018);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9378);
/* harmony import */ var _aws_health_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2611);
/* harmony import */ var _aws_staging_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(228);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5791);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2588);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2464);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1666);
/* harmony import */ var _journaled_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2714);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6915);
/**
 * Deploy with `canary`: the published version goes to each primary's STAGING distribution first,
 * a continuous deployment policy sends the run's header (then, in weight mode, a share of viewers)
 * there, the health check runs through that header, and only then is the staging config promoted
 * onto the primary. Before promotion the primary's config never changes (except, once, to attach
 * the policy), so undoing a canary is disabling the policy: no primary update, no propagation.
 */












/** Reads each primary's policy and staging distribution and refuses what cannot work. Reads only. */
async function prepareCanary(ctx, primaries) {
    const read = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .readTargets */ .R0)(ctx.clients, primaries);
    if (!read.ok)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._)([(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(read.error)]);
    const refusals = (0,_canary_js__WEBPACK_IMPORTED_MODULE_6__/* .canaryRefusals */ .kv)(primaries, read.value.targets, read.value.counts);
    return refusals.length > 0 ? (0,_result_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._)(refusals) : (0,_result_js__WEBPACK_IMPORTED_MODULE_10__.ok)(read.value.targets);
}
/** A value no earlier run used, so a stale client cannot reach this run's staging by accident. */
function runHeaderValue() {
    const run = process.env.GITHUB_RUN_ID;
    const attempt = process.env.GITHUB_RUN_ATTEMPT ?? '1';
    const nonce = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex');
    return run ? `run-${run}-${attempt}-${nonce}` : `local-${nonce}`;
}
/**
 * The verdict on a canary's version in the deploy journal (src/journal.ts), for `mode: promote`
 * and the abort: good once promoted, bad once aborted. A failure to write it is a warning.
 */
async function rememberCanary(ctx, functionName, version, replaced, succeeded) {
    const v = Number(version);
    const before = replaced.map(Number).filter(Number.isInteger);
    await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .writeVerdict */ .P1)(ctx, functionName, undefined, current => {
        if (succeeded)
            return { journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_7__/* .recordVerdict */ .p0)(current.journal, v, 'good', { replaced: before }), live: v };
        const live = current.liveVersion ?? before[0];
        return live === undefined
            ? undefined
            : { journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_7__/* .recordVerdict */ .p0)(current.journal, v, 'bad'), live };
    });
}
/** Turns the policies off: all their traffic is the primaries' again. Returns what failed. */
async function disablePolicies(ctx, live) {
    const leftovers = [];
    for (const l of live) {
        if (!l.policyId)
            continue;
        const off = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .setPolicyEnabled */ .Cv)(ctx.clients, l.policyId, false, ctx.clock);
        if (!off.ok)
            leftovers.push(`Could not disable continuous deployment policy ${l.policyId} of ${l.primary.id}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(off.error)} Disable it in the CloudFront console (Continuous deployment) now.`);
    }
    return leftovers;
}
/** Every policy this run may have turned on goes off; the primaries' configs were never changed. */
async function abort(ctx, live, out, errors) {
    const leftovers = await disablePolicies(ctx, live);
    if (leftovers.length === 0)
        ctx.log.warning('Canary aborted: the continuous deployment policies are disabled, all traffic goes to the primary distributions, whose configuration this run did not change.');
    if (out.canary)
        out.canary.state = 'aborted';
    return {
        outcome: { ...out, status: 'failed', errors: [...errors, ...leftovers] },
        record: 'failure'
    };
}
async function stage(ctx, primaries, targets, report) {
    const live = [];
    for (const t of targets) {
        const primary = primaries.find(p => p.id === t.primaryId);
        // An earlier canary left on (manual promotion never came) must not show this version unchecked.
        if (t.policyId && t.policyEnabled) {
            const off = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .setPolicyEnabled */ .Cv)(ctx.clients, t.policyId, false, ctx.clock);
            if (!off.ok)
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._)((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(off.error));
            ctx.log.warning(`An earlier canary was still live on ${t.primaryId}: its policy is now disabled.`);
        }
        let staging = t.staging;
        if (staging && t.leftOver)
            ctx.log.warning(`Reusing staging distribution ${staging.id} of ${t.primaryId}, left by an earlier canary that stopped before its continuous deployment policy was attached${t.policyId ? ` (and its policy ${t.policyId})` : ''}.`);
        if (!staging) {
            const made = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .createStaging */ .qp)(ctx.clients, t.primaryId, ctx.clock);
            if (!made.ok)
                return (0,_result_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._)((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(made.error));
            staging = made.value;
            ctx.log.info(`Created staging distribution ${staging.id} (a copy of ${t.primaryId}).`);
        }
        report.distributions.push({
            primaryId: t.primaryId,
            stagingId: staging.id,
            policyId: t.policyId ?? '',
            createdStaging: !t.staging
        });
        live.push({
            primary,
            stagingId: staging.id,
            stagingDomain: staging.domainName,
            policyId: t.policyId
        });
    }
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_10__.ok)(live);
}
/** The plan's slot changes, on the staging distributions (based on each primary's config now). */
async function applyToStaging(ctx, live, owner, arn) {
    const { cfg } = ctx;
    const desired = (0,_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .desiredFor */ .ER)(cfg.cacheBehaviors, cfg.eventType, arn, cfg.includeBody ?? false);
    const applied = await Promise.all(live.map(async (l) => {
        const staging = await (0,_aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_1__/* .readDistribution */ .xF)(ctx.clients, l.stagingId);
        if (!staging.ok)
            return staging;
        const first = {
            ...staging.value,
            config: (0,_canary_js__WEBPACK_IMPORTED_MODULE_6__/* .stagingBase */ .zS)(l.primary.config, staging.value.config)
        };
        return (0,_aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_1__/* .applyAssociations */ .b2)(ctx.clients, l.stagingId, desired, owner, {
            clock: ctx.clock,
            first,
            onRetry: (n, why) => ctx.log.info(`Retry ${n}: ${why}`)
        });
    }));
    const errors = applied.flatMap(a => (a.ok ? [] : [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(a.error)]));
    return errors.length > 0 ? (0,_result_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._)(errors) : (0,_result_js__WEBPACK_IMPORTED_MODULE_10__.ok)(applied.flatMap(a => (a.ok ? a.value.changes : [])));
}
/** Creates or updates each policy with `traffic`, enabled, and attaches it to its primary once. */
async function route(ctx, live, traffic, report) {
    const attached = [];
    for (const [i, l] of live.entries()) {
        const put = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .putPolicy */ .y8)(ctx.clients, l.policyId, (0,_canary_js__WEBPACK_IMPORTED_MODULE_6__/* .policyConfig */ .T3)(l.stagingDomain, traffic, true), ctx.clock);
        if (!put.ok)
            return [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(put.error)];
        l.policyId = put.value;
        report.distributions[i].policyId = put.value;
        const a = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .attachPolicy */ .SD)(ctx.clients, l.primary.id, put.value, ctx.clock);
        if (!a.ok)
            return [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(a.error)];
        if (a.value)
            attached.push(l.primary.id);
    }
    if (attached.length === 0)
        return [];
    // Attaching is a change to the primary's config: it routes only once that has propagated.
    ctx.log.info(`Attached the continuous deployment policy to ${attached.join(', ')} (once; it stays attached).`);
    const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .waitUntilDeployed */ .eF)(ctx, attached);
    return waited.ok ? [] : [waited.reason];
}
async function healthThroughHeader(ctx, header, value) {
    const { cfg } = ctx;
    if (!cfg.healthCheckUrl)
        return [];
    const health = await ctx.log.group(`Health check ${cfg.healthCheckUrl} (canary header ${header})`, () => (0,_aws_health_js__WEBPACK_IMPORTED_MODULE_4__/* .checkHealth */ .N)({
        url: cfg.healthCheckUrl,
        expectStatus: cfg.healthCheckStatus,
        clock: ctx.clock,
        headers: { [header]: value },
        budgetMs: cfg.healthCheckTimeoutSeconds * 1000,
        intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4))
    }));
    return health.ok ? [] : [`On the staging distribution: ${health.error}`];
}
/**
 * Why the staging config must not be promoted onto its primary: they differ beyond the canary's
 * slots (the primary changed after the canary was staged). Undefined: promotion is safe.
 */
function driftRefusal(ctx, primary, staging, owner) {
    const { cfg } = ctx;
    const slots = cfg.cacheBehaviors.map(b => {
        const a = (0,_plan_js__WEBPACK_IMPORTED_MODULE_11__/* .currentAssociation */ .H5)(staging.config, b, cfg.eventType);
        return {
            cacheBehavior: b,
            eventType: cfg.eventType,
            arn: a?.LambdaFunctionARN,
            includeBody: a?.IncludeBody ?? false
        };
    });
    const fields = (0,_canary_js__WEBPACK_IMPORTED_MODULE_6__/* .stagingDrift */ .lA)(primary.config, staging.config, slots, owner);
    if (fields.length === 0)
        return undefined;
    return {
        code: 'PrimaryChanged',
        message: `Not promoting ${staging.id} onto ${primary.id}: the two differ in ${fields.join(', ')} beyond the canary's slots (the primary was changed after the canary was staged, or the staging distribution by hand). Promotion copies the whole staging config and would undo that.`,
        advice: 'Deploy again (the canary is staged afresh from the primary), or abort it with mode: rollback.'
    };
}
/** Promotes every staging config onto its primary and waits for the primaries. */
async function promoteAll(ctx, pairs, owner) {
    const promoted = [];
    const drifted = (primary, staging) => driftRefusal(ctx, primary, staging, owner);
    const errors = [];
    for (const p of pairs) {
        const r = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_5__/* .promoteStaging */ .c1)(ctx.clients, p.primaryId, p.stagingId, ctx.clock, drifted);
        if (!r.ok) {
            errors.push((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .formatFailure */ .M3)(r.error));
            break;
        }
        promoted.push(p.primaryId);
        ctx.log.info(`Promoted staging ${p.stagingId} onto ${p.primaryId} (its policy is now disabled).`);
    }
    if (promoted.length === 0)
        return { errors, waitMs: 0, promoted };
    // Those already promoted are live whatever happened to the next ones: wait for them too.
    const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .waitUntilDeployed */ .eF)(ctx, promoted);
    if (!waited.ok)
        errors.push(waited.reason);
    return { errors, waitMs: waited.elapsedMs, promoted };
}
const onPrimaries = (changes, live) => changes.map(c => ({
    ...c,
    distributionId: live.find(l => l.stagingId === c.distributionId)?.primaryId ?? c.distributionId
}));
async function releaseCanary(ctx, primaries, targets, published, out) {
    const { cfg, clock } = ctx;
    const c = cfg.canary;
    const headerValue = runHeaderValue();
    const report = {
        traffic: c.kind === 'weight' ? 'weight' : 'header',
        header: c.header,
        headerValue,
        weightPercent: c.kind === 'weight' ? c.weightPercent : undefined,
        stickinessSeconds: c.kind === 'weight' ? c.stickinessSeconds : undefined,
        promote: c.promote,
        distributions: [],
        verified: [],
        state: 'live'
    };
    out.canary = report;
    const staged = await stage(ctx, primaries, targets, report);
    if (!staged.ok)
        return abort(ctx, [], out, [staged.error]);
    const live = staged.value;
    const t1 = clock.now();
    const applied = await applyToStaging(ctx, live, out.functionArn, published.versionArn);
    out.timings.updateMs = clock.now() - t1;
    if (!applied.ok)
        return abort(ctx, [], out, applied.error);
    out.changes = applied.value;
    const stagingIds = live.map(l => l.stagingId);
    const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .waitUntilDeployed */ .eF)(ctx, stagingIds);
    out.timings.waitMs = waited.elapsedMs;
    out.states = waited.states;
    if (!waited.ok)
        return abort(ctx, [], out, [waited.reason]);
    report.verified.push(`staging ${stagingIds.join(', ')} Deployed with version ${published.version}`);
    // Verification first goes through the run's header in both modes, so the check reaches staging.
    const header = { type: 'header', header: c.header, value: headerValue };
    const routed = await route(ctx, live, header, report);
    if (routed.length > 0)
        return abort(ctx, live, out, routed);
    const health = await healthThroughHeader(ctx, c.header, headerValue);
    if (health.length > 0)
        return abort(ctx, live, out, health);
    if (cfg.healthCheckUrl)
        report.verified.push(`health check ${cfg.healthCheckUrl} answered HTTP ${cfg.healthCheckStatus} through ${c.header}`);
    if (c.kind === 'weight') {
        const weight = {
            type: 'weight',
            percent: c.weightPercent,
            stickinessSeconds: c.stickinessSeconds
        };
        const r = await route(ctx, live, weight, report);
        if (r.length > 0)
            return abort(ctx, live, out, r);
        ctx.log.info(`${c.weightPercent}% of viewers now reach version ${published.version} on staging.`);
    }
    // The bake (bake-seconds) holds each staging distribution's 5xx rate against its primary's over
    // the same periods while staging takes its share of viewers; a regression aborts before promotion.
    const baked = await (0,_bake_step_js__WEBPACK_IMPORTED_MODULE_2__/* .bakeStep */ .k)(ctx, out, t1, live.map(l => ({ distributionId: l.stagingId, against: 'primary', primaryId: l.primary.id })));
    if (baked.length > 0)
        return abort(ctx, live, out, baked);
    if (out.bake?.result === 'pass')
        report.verified.push(`bake of ${cfg.bake.seconds} s passed`);
    if (c.promote === 'manual') {
        ctx.log.info('Canary live; promotion waits for a run with mode: promote (or mode: rollback to abort).');
        return { outcome: { ...out, status: 'canary' }, record: 'none' };
    }
    const pairs = report.distributions;
    const promoted = await promoteAll(ctx, pairs, out.functionArn);
    out.timings.waitMs = (out.timings.waitMs ?? 0) + promoted.waitMs;
    if (promoted.promoted.length === 0)
        return abort(ctx, live, out, promoted.errors);
    // A promotion that stopped part-way: the rest must not keep serving the canary.
    const rest = live.filter(l => !promoted.promoted.includes(l.primary.id));
    promoted.errors.push(...(await disablePolicies(ctx, rest)));
    report.state = 'promoted';
    const changes = onPrimaries(out.changes, pairs).filter(ch => promoted.promoted.includes(ch.distributionId));
    const status = promoted.errors.length > 0 ? 'failed' : 'deployed';
    return { outcome: { ...out, status, changes, errors: promoted.errors }, record: 'success' };
}
const replacedVersions = (out) => out.previousVersions.filter(v => /^\d+$/.test(v));


/***/ }),

/***/ 2714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ bodyOf),
/* harmony export */   K2: () => (/* binding */ cancelledNote),
/* harmony export */   P1: () => (/* binding */ writeVerdict),
/* harmony export */   Ui: () => (/* binding */ writeIntent),
/* harmony export */   X6: () => (/* binding */ withLocks),
/* harmony export */   kK: () => (/* binding */ withLock),
/* harmony export */   oQ: () => (/* binding */ intentOf)
/* harmony export */ });
/* unused harmony export slotKeys */
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_journal_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1066);
/* harmony import */ var _aws_lease_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8883);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9538);
/* harmony import */ var _lock_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9188);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2588);
/**
 * What deploy and rollback share around the journal and the lock: the run's lock scope, the
 * intent before the first distribution write, the verdict after verification, and the words a
 * cancelled or resumed run gives the user.
 */






/** Runs `work` holding the function's lock; the lock is released whatever happens. */
async function withLock(ctx, fn, failed, work) {
    const { cfg } = ctx;
    const held = await (0,_aws_lease_js__WEBPACK_IMPORTED_MODULE_2__/* .acquireLock */ .IZ)(ctx.clients, fn, ctx.identity, {
        clock: ctx.clock,
        log: ctx.log,
        timeoutSeconds: cfg.lockTimeoutSeconds,
        // A canary waits up to three times (staging, policy, promotion) and a bake adds its seconds.
        leaseSeconds: (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .leaseSeconds */ .E_)(cfg.waitTimeoutSeconds * (cfg.canary.kind === 'off' ? 1 : 2), cfg.healthCheckTimeoutSeconds) + cfg.bake.seconds,
        signal: ctx.signal
    });
    if (!held.ok)
        return { ...failed, status: ctx.signal?.aborted ? 'cancelled' : 'failed', errors: [held.error] };
    try {
        return await work(held.value);
    }
    finally {
        await (0,_aws_lease_js__WEBPACK_IMPORTED_MODULE_2__/* .releaseLock */ .x_)(ctx.clients, fn, held.value, ctx.log);
    }
}
/**
 * Holds every named function's lock around `work`, taken one after the other in name order, so two
 * runs over overlapping functions cannot each hold a part and wait for the other forever. `waited`:
 * some lock was held by another run first (what that run did is the starting point now).
 */
function withLocks(ctx, names, failed, work) {
    const sorted = [...new Set(names)].sort();
    const take = (i, waited) => i >= sorted.length
        ? work(waited)
        : withLock(ctx, sorted[i], failed, held => take(i + 1, waited || held.waitedMs > 0 || held.tookOver !== undefined));
    return take(0, false);
}
/** Every slot this run aims at, as `DIST|behavior|event`. */
const slotKeys = (ctx) => ctx.cfg.distributionIds.flatMap(d => ctx.cfg.cacheBehaviors.map(b => `${d}|${b}|${ctx.cfg.eventType}`));
/** IncludeBody as the slots hold it after the changes: one value, or a mix. */
function bodyOf(changes) {
    const values = new Set(changes.map(c => c.includeBody));
    return values.size === 1 ? [...values][0] : values.size === 0 ? false : 'mixed';
}
function intentOf(ctx, kind, version, from, body) {
    return {
        kind,
        version,
        from,
        run: (0,_lock_js__WEBPACK_IMPORTED_MODULE_4__/* .journalRunId */ .yG)(ctx.identity),
        body,
        slots: (0,_journal_js__WEBPACK_IMPORTED_MODULE_3__/* .slotDigest */ .Rq)(slotKeys(ctx))
    };
}
/** The intent must be in AWS before the first distribution write: without it, no write. */
async function writeIntent(ctx, fn, first, change) {
    const w = await (0,_aws_journal_store_js__WEBPACK_IMPORTED_MODULE_1__/* .updateJournal */ .H)(ctx.clients, fn, change, first);
    if (w.ok)
        return { record: w.value };
    return {
        error: `Could not record the deploy's intent in the journal (${fn}:lambda-edge-live), so nothing was associated: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(w.error)}`
    };
}
/** The verdict is bookkeeping after the fact: a failure to write it is a loud warning. */
async function writeVerdict(ctx, fn, first, change) {
    const w = await (0,_aws_journal_store_js__WEBPACK_IMPORTED_MODULE_1__/* .updateJournal */ .H)(ctx.clients, fn, change, first);
    if (!w.ok)
        ctx.log.warning(`Could not record the verdict in the deploy journal: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(w.error)}. A re-run will verify the live version again.`);
}
/** What a cancelled run leaves live, and what to do about it. */
function cancelledNote(out, previous) {
    const v = out.version ?? (out.versionArn ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .versionOf */ .E4)(out.versionArn) : undefined);
    const slots = out.changes.length;
    const back = previous ? ` (previous verified version: ${previous})` : '';
    return `Cancelled: version ${v ?? '?'} is associated with ${slots} slot(s) but was not verified (journal: cancelled). Re-run this job to verify it (the re-run resumes where this one stopped), or roll back with mode: rollback${back}.`;
}


/***/ })

};
