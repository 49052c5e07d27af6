export const id = 915;
export const ids = [915];
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

/***/ 6915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ liveArns),
/* harmony export */   Ng: () => (/* binding */ writeSlots),
/* harmony export */   PF: () => (/* binding */ restore),
/* harmony export */   checkDistributions: () => (/* binding */ checkDistributions),
/* harmony export */   eF: () => (/* binding */ waitUntilDeployed),
/* harmony export */   fR: () => (/* binding */ touchedIds),
/* harmony export */   nJ: () => (/* binding */ previousVersions),
/* harmony export */   readAll: () => (/* binding */ readAll)
/* harmony export */ });
/* unused harmony export behaviorFacts */
/* harmony import */ var _aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6891);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9538);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(31);
/* harmony import */ var _plan_reapply_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2616);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1666);
/* harmony import */ var _rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(436);
/* harmony import */ var _rules_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4364);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2464);
/** Steps every mode that touches distributions shares: read, write one distribution, restore, wait. */









/** The target behaviors as they are live now, for the rule table's distribution rows. */
function behaviorFacts(cfg, snapshots) {
    return snapshots.flatMap(s => cfg.cacheBehaviors.flatMap(name => {
        const behavior = (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .findBehavior */ .O6)(s.config, name);
        if (!behavior)
            return []; // the plan reports an unknown behavior
        const items = behavior.FunctionAssociations?.Items ?? [];
        return [
            {
                distributionId: s.id,
                cacheBehavior: name,
                cloudFrontFunctions: items.map(f => ({
                    eventType: f.EventType ?? '',
                    arn: f.FunctionARN ?? ''
                }))
            }
        ];
    }));
}
/**
 * The preflight's verdict completed with the distribution rows, and the refusal they make (empty
 * when they pass). Read-only: called by deploy and plan before anything changes.
 */
function checkDistributions(preflight, cfg, snapshots) {
    const rows = _rules_table_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES */ .y.filter(r => r.subject === 'distribution');
    const later = (0,_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)({ ...preflight.ruleContext, behaviors: behaviorFacts(cfg, snapshots) }, rows);
    const refusals = later.errors > 0
        ? [
            `Lambda@Edge rules found ${later.errors} error(s) on the distributions; nothing in AWS was changed.`
        ]
        : [];
    return { verdict: (0,_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeVerdicts */ .jB)(preflight.verdict, later), refusals };
}
/** Reads every distribution side by side; failures are collected, not thrown. */
async function readAll(clients, ids) {
    const reads = await Promise.all(ids.map(id => (0,_aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_0__/* .readDistribution */ .xF)(clients, id)));
    return {
        snapshots: reads.flatMap(r => (r.ok ? [r.value] : [])),
        errors: reads.flatMap(r => (r.ok ? [] : [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error)]))
    };
}
/** What the requested slots hold now (null for an empty slot), distribution by distribution. */
function liveArns(cfg, snapshots) {
    return snapshots.flatMap(s => cfg.cacheBehaviors.map(b => (0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .currentAssociation */ .H5)(s.config, b, cfg.eventType)?.LambdaFunctionARN ?? null));
}
/** The distinct versions live in the slots, as labels ('none' for an empty slot). */
function previousVersions(cfg, snapshots) {
    return [...new Set(liveArns(cfg, snapshots).map(a => (a ? ((0,_edge_js__WEBPACK_IMPORTED_MODULE_5__/* .versionOf */ .E4)(a) ?? a) : 'none')))];
}
/**
 * Sets the given slots of one distribution in ONE UpdateDistribution (IfMatch), each slot for its
 * own function; after a 412 the same targets are re-applied onto the fresh config.
 */
function writeSlots(ctx, id, targets, first) {
    const several = new Set(targets.map(t => t.functionArn)).size > 1;
    return (0,_aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_0__/* .writeDistribution */ .mD)(ctx.clients, id, config => {
        const r = (0,_plan_reapply_js__WEBPACK_IMPORTED_MODULE_6__/* .reapply */ .eK)(id, config, targets);
        return r.ok ? (0,_result_js__WEBPACK_IMPORTED_MODULE_7__.ok)(r.value) : (0,_result_js__WEBPACK_IMPORTED_MODULE_7__/* .err */ ._)(r.error.map(e => (0,_plan_render_js__WEBPACK_IMPORTED_MODULE_8__/* .formatRefusal */ .Wl)(e, several)).join('\n'));
    }, {
        clock: ctx.clock,
        first,
        onRetry: (n, why) => ctx.log.info(`Retry ${n}: ${why}`)
    });
}
/**
 * Puts every changed slot back as it was, one update per distribution, with the same IfMatch care;
 * each slot for the function that changed it (`owner` when the change does not say).
 * Returns what could not be restored.
 */
async function restore(ctx, owner, changes) {
    const byDistribution = new Map();
    for (const c of changes)
        byDistribution.set(c.distributionId, [
            ...(byDistribution.get(c.distributionId) ?? []),
            { ...c, functionName: c.functionName ?? '', functionArn: c.functionArn ?? owner }
        ]);
    const results = await Promise.all([...byDistribution].map(async ([id, cs]) => {
        const r = await writeSlots(ctx, id, (0,_plan_reapply_js__WEBPACK_IMPORTED_MODULE_6__/* .undoOf */ .CF)(cs));
        if (!r.ok)
            return [`Could not restore ${id}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error)}`];
        // Someone changed these slots after this run did: theirs is newer, so it stays.
        for (const k of r.value.skipped)
            ctx.log.warning(`Not restoring ${k.distributionId} ${k.cacheBehavior} ${k.eventType}: it now holds ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_4__/* .versionLabel */ .dp)(k.found)} (set by someone else after this run), which is left as is.`);
        return [];
    }));
    return results.flat();
}
async function waitUntilDeployed(ctx, ids) {
    return ctx.log.group(`Waiting for ${ids.join(', ')} to be Deployed (at most ${ctx.cfg.waitTimeoutSeconds} s)`, async () => {
        const r = await (0,_aws_cloudfront_js__WEBPACK_IMPORTED_MODULE_0__/* .waitDeployed */ .e7)(ctx.clients, ids, {
            clock: ctx.clock,
            timeoutSeconds: ctx.cfg.waitTimeoutSeconds,
            onPoll: (id, status, ms) => ctx.log.progress(id, status, ms),
            signal: ctx.signal
        });
        if (r.ok)
            return { ...r.value, ok: true, cancelled: false, reason: '' };
        const states = Object.entries(r.error.states)
            .map(([id, s]) => `${id}: ${s}`)
            .join(', ');
        if (r.error.reason === 'cancelled')
            return {
                ...r.error,
                ok: false,
                cancelled: true,
                reason: 'Cancelled while waiting for Deployed.'
            };
        return {
            ok: false,
            cancelled: false,
            elapsedMs: r.error.elapsedMs,
            states: r.error.states,
            configs: r.error.configs,
            polls: r.error.polls,
            reason: `Distributions not Deployed: ${r.error.reason} (${states}). Raise wait-timeout-seconds, or check the distribution in the CloudFront console.`
        };
    });
}
const touchedIds = (changes) => [
    ...new Set(changes.map(c => c.distributionId))
];


/***/ }),

/***/ 2616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ undoOf),
/* harmony export */   QR: () => (/* binding */ targetsOf),
/* harmony export */   eK: () => (/* binding */ reapply),
/* harmony export */   oI: () => (/* binding */ bind)
/* harmony export */ });
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2464);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1666);
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8738);



/** The plan's changes with the stand-in `…:next` replaced by the version each function published. */
function bind(changes, versions) {
    return changes.map(c => c.to === `${c.functionArn}:${_value_js__WEBPACK_IMPORTED_MODULE_0__/* .NEXT */ .K2}` ? { ...c, to: versions.get(c.functionArn) ?? c.to } : c);
}
/** The slots as a forward write sets them. */
const targetsOf = (changes) => changes.map(c => ({
    functionName: c.functionName,
    functionArn: c.functionArn,
    cacheBehavior: c.cacheBehavior,
    eventType: c.eventType,
    arn: c.to ?? undefined,
    includeBody: c.includeBody
}));
/** The slots put back as they were, but only those still holding what this run wrote. */
const undoOf = (changes) => changes.map(c => ({
    functionName: c.functionName,
    functionArn: c.functionArn,
    cacheBehavior: c.cacheBehavior,
    eventType: c.eventType,
    arn: c.from ?? undefined,
    includeBody: c.fromIncludeBody,
    expect: c.to
}));
/**
 * Sets every target slot on a copy of `config`, each function's slots with that function as the
 * owner, all in one config: one UpdateDistribution carries every function's change.
 */
function reapply(distributionId, config, targets) {
    const out = { config, changes: [], skipped: [] };
    const refusals = [];
    const owners = [...new Set(targets.map(t => t.functionArn))];
    for (const owner of owners) {
        const mine = targets.filter(t => t.functionArn === owner);
        const functionName = mine[0].functionName;
        const p = (0,_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .planDistribution */ .yO)(distributionId, out.config, mine, owner);
        if (!p.ok) {
            refusals.push(...p.error.map(error => ({ functionName, distributionId, error })));
            continue;
        }
        out.config = p.value.config;
        out.changes.push(...p.value.changes.map(c => ({ ...c, functionName, functionArn: owner })));
        out.skipped.push(...p.value.skipped);
    }
    return refusals.length > 0 ? (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(refusals) : (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)(out);
}


/***/ })

};
