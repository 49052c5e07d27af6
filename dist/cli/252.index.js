export const id = 252;
export const ids = [252];
export const modules = {

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b2: () => (/* binding */ applyAssociations),
  $w: () => (/* binding */ listAssociatedArns),
  xF: () => (/* binding */ readDistribution),
  e7: () => (/* binding */ waitDeployed),
  mD: () => (/* binding */ writeDistribution)
});

// UNUSED EXPORTS: readStatus

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionConfigCommand.js
var GetDistributionConfigCommand = __webpack_require__(1399);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateDistributionCommand.js
var UpdateDistributionCommand = __webpack_require__(908);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionCommand.js
var GetDistributionCommand = __webpack_require__(6449);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionsPaginator.js
var ListDistributionsPaginator = __webpack_require__(1566);
// EXTERNAL MODULE: ./src/clock.ts
var clock = __webpack_require__(9373);
// EXTERNAL MODULE: ./src/plan.ts
var src_plan = __webpack_require__(2464);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
;// CONCATENATED MODULE: ./src/aws/poll-schedule.ts
/**
 * How often the CloudFront wait polls, as data: quick at first (most deploys the action sees are
 * noticed within seconds), then a few calls a minute, so a long propagation with many
 * distributions is not the noisiest client in the account. AWS publishes no request rate for
 * CloudFront's control plane, and its own waiters poll once a minute; GetDistribution is
 * throttled like any other call, so the budget is ours to choose.
 */
/**
 * First two minutes: 1 s growing to 4 s (x1.15 at most: 4.6 s), so Deployed is seen within 5 s;
 * up to 8 distributions keep that pace under 120 calls a minute. Then every 12 s (10.2 to
 * 13.8 s), 5 calls a minute for one distribution, at most 30 a minute however many are pending.
 */
const DEFAULT_POLL_SCHEDULE = {
    jitter: 0.15,
    phases: [
        { untilMs: 120_000, minGapMs: 1000, stepMs: 500, maxGapMs: 4000, callsPerMinute: 120 },
        { untilMs: Infinity, minGapMs: 12_000, stepMs: 0, maxGapMs: 12_000, callsPerMinute: 30 }
    ]
};
function phaseAt(schedule, elapsedMs) {
    const phase = schedule.phases.find(p => elapsedMs < p.untilMs) ?? schedule.phases[schedule.phases.length - 1];
    if (phase === undefined)
        throw new Error('a poll schedule needs at least one phase');
    return phase;
}
/**
 * The pause before the next round of polls. `round` counts rounds since the wait began,
 * `pending` is how many distributions the next round will poll, `random` in [0, 1).
 */
function nextPollGap(schedule, elapsedMs, round, pending, random) {
    const p = phaseAt(schedule, elapsedMs);
    const paced = Math.min(p.maxGapMs, p.minGapMs + round * p.stepMs);
    const budgeted = (Math.max(1, pending) * 60_000) / p.callsPerMinute;
    const factor = 1 - schedule.jitter + 2 * schedule.jitter * random;
    return Math.round(Math.max(paced, budgeted) * factor);
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/aws/cloudfront.ts
/**
 * CloudFront adapter. Every write is read-modify-write: GetDistributionConfig gives the config and
 * its ETag, the pure planner edits a copy, UpdateDistribution sends it back with IfMatch. When
 * someone else changed the distribution in between (412 PreconditionFailed) we read again and
 * re-plan on top of their change, so it survives.
 */






async function readDistribution(clients, id) {
    try {
        const res = await clients.cloudfront.send(new GetDistributionConfigCommand/* GetDistributionConfigCommand */.w({ Id: id }));
        if (!res.DistributionConfig || !res.ETag)
            return (0,result/* err */._)({
                code: 'EmptyResponse',
                message: `GetDistributionConfig on ${id} returned no config or ETag`
            });
        return (0,result.ok)({ id, config: res.DistributionConfig, etag: res.ETag });
    }
    catch (e) {
        return (0,result/* err */._)((0,errors/* translate */.Tl)(e, 'GetDistributionConfig', `distribution ${id}`));
    }
}
/**
 * Whether a failed UpdateDistribution may nevertheless have been applied: no answer at all (the
 * connection dropped after the request went out), a 5xx, or an error the SDK met only on a retry,
 * after an earlier attempt whose answer was lost.
 */
const mayHaveLanded = (e) => {
    const status = (0,errors/* httpStatus */.nG)(e);
    return status === undefined || status >= 500 || (0,errors/* sdkAttempts */.zp)(e) > 1;
};
/**
 * Plans and writes the desired associations, retrying with fresh reads on PreconditionFailed and
 * after a write whose outcome is unknown (its answer was lost, or a 5xx).
 */
async function applyAssociations(clients, id, desired, owner, o) {
    return writeDistribution(clients, id, config => {
        const plan = (0,src_plan/* planDistribution */.yO)(id, config, desired, owner);
        return plan.ok ? (0,result.ok)(plan.value) : (0,result/* err */._)(plan.error.map(e => (0,src_plan/* formatPlanError */.Rs)(id, e)).join('\n'));
    }, o);
}
/**
 * Read-modify-write of one distribution with IfMatch: `edit` runs on the config read (or on
 * `o.first`), and again on a fresh read after a 412 or a write whose answer was lost.
 */
async function writeDistribution(clients, id, edit, o) {
    const maxAttempts = o.maxAttempts ?? 5;
    let snapshot = o.first;
    // The changes of a write that may have been applied although its answer was lost: when the SDK
    // retries it, the retry carries the old ETag and meets our own change as a 412.
    let unanswered;
    // Why the last attempt failed, when that was not a 412.
    let unknown;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
        if (!snapshot) {
            const read = await readDistribution(clients, id);
            if (!read.ok)
                return unknown && unanswered
                    ? (0,result/* err */._)({
                        ...unknown,
                        message: `${unknown.message} (it may have been applied all the same: ${id} could not be read again to check)`
                    })
                    : read;
            snapshot = read.value;
        }
        const plan = edit(snapshot.config);
        if (!plan.ok)
            return (0,result/* err */._)({ code: 'PlanRefused', message: plan.error });
        if (plan.value.changes.length === 0)
            // Already in place. If our own earlier write put it there, it is still our change: it must
            // be reported, waited for and, on failure, rolled back like any other.
            // (Our own landed restore makes its slots look "changed by someone else": not a skip.)
            return (0,result.ok)(unanswered
                ? { changes: unanswered, updated: true, skipped: [] }
                : { changes: [], updated: false, skipped: plan.value.skipped });
        try {
            await clients.cloudfront.send(new UpdateDistributionCommand/* UpdateDistributionCommand */.Z({
                Id: id,
                IfMatch: snapshot.etag,
                DistributionConfig: plan.value.config
            }));
            return (0,result.ok)({ changes: plan.value.changes, updated: true, skipped: plan.value.skipped });
        }
        catch (e) {
            const code = (0,errors/* errorCode */.CA)(e);
            const precondition = code === 'PreconditionFailed' || code === 'InvalidIfMatchVersion';
            if (!precondition && !mayHaveLanded(e))
                return (0,result/* err */._)((0,errors/* translate */.Tl)(e, 'UpdateDistribution', `distribution ${id}`));
            // A lost answer, or a 412 the SDK met on a retry (after an attempt whose answer was lost):
            // the change may be live. The next read tells; a change that is live but reported as
            // failed would be neither waited for nor rolled back.
            unanswered = precondition && (0,errors/* sdkAttempts */.zp)(e) === 1 ? undefined : plan.value.changes;
            unknown = precondition ? undefined : (0,errors/* translate */.Tl)(e, 'UpdateDistribution', `distribution ${id}`);
            o.onRetry?.(attempt + 1, precondition
                ? `${code}: distribution ${id} changed since it was read; reading it again`
                : `${code}: no answer to UpdateDistribution on ${id}; reading it again to see whether it was applied`);
            snapshot = undefined;
            await o.clock.sleep((0,clock/* backoff */.JN)(attempt, 200, 3000));
        }
    }
    if (unknown)
        return (0,result/* err */._)(unknown);
    return (0,result/* err */._)({
        code: 'PreconditionFailed',
        message: `UpdateDistribution on ${id} kept failing with PreconditionFailed after ${maxAttempts} attempts: the distribution is being changed continuously by someone else.`,
        advice: 'Re-run when the other change has finished.'
    });
}
async function readStatus(clients, id) {
    try {
        const res = await clients.cloudfront.send(new GetDistributionCommand/* GetDistributionCommand */.s({ Id: id }));
        return (0,result.ok)({
            status: res.Distribution?.Status ?? 'unknown',
            domainName: res.Distribution?.DomainName,
            config: res.Distribution?.DistributionConfig
        });
    }
    catch (e) {
        return (0,result/* err */._)((0,errors/* translate */.Tl)(e, 'GetDistribution', `distribution ${id}`));
    }
}
const THROTTLED_POLL_MS = 4000;
const isPermanent = (code) => /AccessDenied|NoSuchDistribution|InvalidClientTokenId|ExpiredToken/.test(code);
/**
 * Polls every distribution until all report Deployed or the time is up, on a shared budget
 * (src/aws/poll-schedule.ts): gaps of 1 to 4 s for two minutes, then about 12 s; throttling
 * backs off further.
 */
async function waitDeployed(clients, ids, o) {
    const start = o.clock.now();
    const states = Object.fromEntries(ids.map(id => [id, 'InProgress']));
    const configs = {};
    const schedule = o.schedule ?? DEFAULT_POLL_SCHEDULE;
    const random = () => (o.clock.random ?? Math.random)();
    let polls = 0;
    for (let round = 0;; round++) {
        let throttled = false;
        let fatal;
        const pending = ids.filter(id => states[id] !== 'Deployed');
        polls += pending.length;
        await Promise.all(pending.map(async (id) => {
            const r = await readStatus(clients, id);
            if (r.ok) {
                states[id] = r.value.status;
                if (r.value.config)
                    configs[id] = r.value.config;
            }
            else if ((0,errors/* isThrottling */.E2)(r.error.code))
                throttled = true;
            else if (isPermanent(r.error.code))
                fatal = (0,errors/* formatFailure */.M3)(r.error);
            else
                states[id] = `unknown (${r.error.code})`;
            o.onPoll?.(id, states[id], o.clock.now() - start);
        }));
        const elapsedMs = o.clock.now() - start;
        if (o.signal?.aborted)
            return (0,result/* err */._)({ states, configs, elapsedMs, polls, reason: 'cancelled' });
        // Waiting out the timeout on an error that cannot clear by itself only delays the bad news.
        if (fatal !== undefined)
            return (0,result/* err */._)({ states, configs, elapsedMs, polls, reason: fatal });
        if (ids.every(id => states[id] === 'Deployed'))
            return (0,result.ok)({ states, configs, elapsedMs, polls });
        if (elapsedMs >= o.timeoutSeconds * 1000)
            return (0,result/* err */._)({
                states,
                configs,
                elapsedMs,
                polls,
                reason: `timed out after ${o.timeoutSeconds} s`
            });
        const stillPending = ids.filter(id => states[id] !== 'Deployed').length;
        const gap = nextPollGap(schedule, elapsedMs, round, stillPending, random());
        // Throttled: back off from 4 s at least (2 to 4 s with jitter, then doubling), however short
        // the ordinary polls are; the SDK has already retried each throttled poll itself.
        const delay = throttled ? Math.max(gap, (0,clock/* backoff */.JN)(round, THROTTLED_POLL_MS, 30_000, random)) : gap;
        await (0,clock/* sleepUnless */.uj)(o.clock, Math.min(delay, Math.max(0, o.timeoutSeconds * 1000 - elapsedMs)), o.signal);
        if (o.signal?.aborted)
            return (0,result/* err */._)({
                states,
                configs,
                elapsedMs: o.clock.now() - start,
                polls,
                reason: 'cancelled'
            });
    }
}
const arnsOf = (d) => [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])].flatMap(b => (b?.LambdaFunctionAssociations?.Items ?? []).flatMap(a => a.LambdaFunctionARN ? [a.LambdaFunctionARN] : []));
/**
 * Every Lambda ARN associated anywhere in the account: the default and path behaviors of every
 * distribution, from ListDistributions' summaries (paginated). A summary without its behaviors
 * (moto 5.2 leaves them out) is read in full: pruning must never miss a reference.
 */
async function listAssociatedArns(clients) {
    const arns = [];
    try {
        for await (const page of (0,ListDistributionsPaginator/* paginateListDistributions */.z)({ client: clients.cloudfront, pageSize: 100 }, {})) {
            for (const d of page.DistributionList?.Items ?? []) {
                if (d.DefaultCacheBehavior) {
                    arns.push(...arnsOf(d));
                    continue;
                }
                const full = await readDistribution(clients, d.Id ?? '');
                if (!full.ok)
                    return full;
                arns.push(...arnsOf(full.value.config));
            }
        }
        return (0,result.ok)(arns);
    }
    catch (e) {
        return (0,result/* err */._)((0,errors/* translate */.Tl)(e, 'ListDistributions', 'the account'));
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

/***/ 7252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  prune: () => (/* binding */ prune)
});

// EXTERNAL MODULE: ./src/aws/cloudfront.ts + 1 modules
var cloudfront = __webpack_require__(6891);
// EXTERNAL MODULE: ./src/aws/errors.ts
var aws_errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/lambda.ts + 16 modules
var lambda = __webpack_require__(6654);
// EXTERNAL MODULE: ./src/edge.ts
var edge = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/journal.ts
var journal = __webpack_require__(2588);
// EXTERNAL MODULE: ./src/aws/journal-store.ts
var journal_store = __webpack_require__(1066);
;// CONCATENATED MODULE: ./src/retention.ts
function planRetention(i) {
    const newestFirst = [...new Set(i.versions)].sort((a, b) => b - a);
    const plan = { remove: [], keep: [] };
    newestFirst.forEach((version, rank) => {
        if (rank < i.keep)
            plan.keep.push({ version, why: 'newest' });
        else if (i.referenced.has(version))
            plan.keep.push({ version, why: 'referenced' });
        else if (i.protectedVersions.has(version))
            plan.keep.push({ version, why: 'protected' });
        else
            plan.remove.push(version);
    });
    return plan;
}

;// CONCATENATED MODULE: ./src/modes/prune.ts
/**
 * Prune: delete old versions nobody needs. Referenced means associated anywhere in the account;
 * protected means live or last-good in the rollback history, or the target of any alias.
 * Lambda refuses to delete a version CloudFront still replicates (hours after its last
 * association goes): those are reported as skipped and never fail anything.
 */







async function prune(ctx) {
    const { clients, fn } = ctx;
    const name = fn.facts.name;
    const report = {
        dryRun: ctx.dryRun,
        deleted: [],
        wouldDelete: [],
        skippedReplicated: [],
        kept: []
    };
    const [versions, arns, aliases, history] = await Promise.all([
        (0,lambda/* listVersions */.yO)(clients, name),
        (0,cloudfront/* listAssociatedArns */.$w)(clients),
        (0,lambda/* aliasedVersions */.ZL)(clients, name),
        (0,journal_store/* readJournal */.a)(clients, name)
    ]);
    // Without a full picture of what is in use, deleting anything would be a guess.
    const missing = [versions, arns, aliases, history].flatMap(r => r.ok ? [] : [(0,aws_errors/* formatFailure */.M3)(r.error)]);
    if (missing.length > 0 || !versions.ok || !arns.ok || !aliases.ok || !history.ok) {
        for (const m of missing)
            ctx.log.warning(`Prune skipped: ${m}`);
        return { pruned: report, errors: missing };
    }
    const referenced = new Set(arns.value
        .filter(a => (0,edge/* sameFunction */.l5)(a, fn.arn))
        .flatMap(a => ((0,edge/* versionOf */.E4)(a) ? [Number((0,edge/* versionOf */.E4)(a))] : [])));
    const live = history.value.liveVersion;
    const lastGood = (0,journal/* previousGood */.Dp)(history.value.journal, live);
    // A deploy under way (or cancelled) names its version before associating it: never delete it.
    const pending = history.value.journal.pending?.version;
    const protectedVersions = new Set([
        ...aliases.value,
        ...(live ? [live] : []),
        ...(lastGood ? [lastGood] : []),
        ...(pending ? [pending] : [])
    ]);
    const plan = planRetention({
        versions: versions.value,
        keep: ctx.keep,
        referenced,
        protectedVersions
    });
    report.kept = plan.keep;
    if (ctx.dryRun) {
        report.wouldDelete = plan.remove;
        ctx.log.info(`Prune (dry run): would delete ${plan.remove.length ? plan.remove.join(', ') : 'nothing'}.`);
        return { pruned: report, errors: [] };
    }
    const errors = [];
    // One at a time: deletes are rare, and Lambda throttles bursts of control-plane writes.
    for (const v of plan.remove) {
        const r = await (0,lambda/* deleteVersion */.CH)(clients, name, v);
        if (r === 'deleted')
            report.deleted.push(v);
        else if (r === 'replicated')
            report.skippedReplicated.push(v);
        else
            errors.push(r.error);
    }
    ctx.log.info(`Prune: deleted ${report.deleted.join(', ') || 'nothing'}${report.skippedReplicated.length ? `; skipped, still replicated: ${report.skippedReplicated.join(', ')}` : ''}.`);
    for (const e of errors)
        ctx.log.warning(`Prune: ${e}`);
    return { pruned: report, errors };
}


/***/ })

};
