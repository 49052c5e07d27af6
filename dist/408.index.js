export const id = 408;
export const ids = [408];
export const modules = {

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ liveCanariesOn),
/* harmony export */   j: () => (/* binding */ abortLiveCanary),
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_staging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9538);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4671);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2464);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1666);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6738);
/* harmony import */ var _journaled_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2714);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6915);









/** The primaries whose policy is on and routes to a staging distribution: the live canaries. */
async function liveCanaries(ctx, primaries) {
    const read = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_1__/* .readTargets */ .R0)(ctx.clients, primaries);
    if (!read.ok)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_5__/* .err */ ._)((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(read.error));
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_5__.ok)(read.value.targets.filter((t) => t.policyEnabled === true && t.staging !== undefined && !!t.policyId));
}
/** Slot by slot, what the primary holds and what the staging distribution would bring. */
function slotChanges(ctx, primary, staging) {
    const { cfg } = ctx;
    return cfg.cacheBehaviors.flatMap(b => {
        const from = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .currentAssociation */ .H5)(primary.config, b, cfg.eventType);
        const to = (0,_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .currentAssociation */ .H5)(staging.config, b, cfg.eventType);
        if ((from?.LambdaFunctionARN ?? null) === (to?.LambdaFunctionARN ?? null))
            return [];
        return [
            {
                distributionId: primary.id,
                cacheBehavior: b,
                eventType: cfg.eventType,
                from: from?.LambdaFunctionARN ?? null,
                to: to?.LambdaFunctionARN ?? null,
                includeBody: to?.IncludeBody ?? false,
                fromIncludeBody: from?.IncludeBody ?? false
            }
        ];
    });
}
/** What the live policy routes, as the report of the deploy that staged it said. */
function trafficOf(t) {
    const weight = t?.SingleWeightConfig;
    if (t?.Type === 'SingleWeight' && weight)
        return {
            traffic: 'weight',
            header: '',
            headerValue: '',
            weightPercent: Math.round((weight.Weight ?? 0) * 10_000) / 100,
            stickinessSeconds: weight.SessionStickinessConfig?.IdleTTL
        };
    const header = t?.SingleHeaderConfig;
    return { traffic: 'header', header: header?.Header ?? '', headerValue: header?.Value ?? '' };
}
const report = (live, state) => ({
    ...trafficOf(live[0]?.traffic),
    promote: 'manual',
    distributions: live.map(l => ({
        primaryId: l.primaryId,
        stagingId: l.staging.id,
        policyId: l.policyId,
        createdStaging: false
    })),
    verified: [],
    state
});
/**
 * Everything that could refuse is read and checked first, so a refused promotion writes nothing
 * (not even the lock); promotion writes the primaries under the function's lock, like a deploy,
 * checked again there after waiting for another run. promoteStaging checks the drift once more on
 * the reads whose ETags it sends.
 */
async function promote(ctx) {
    const first = await check(ctx);
    if ('ended' in first)
        return first.ended;
    return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_3__/* .withLock */ .kK)(ctx, ctx.fn.facts.name, first.out, async (held) => {
        const c = held.waitedMs === 0 && !held.tookOver ? first : await check(ctx);
        return 'ended' in c ? c.ended : promoteChecked(ctx, c);
    });
}
async function check(ctx) {
    const { cfg, clients, fn } = ctx;
    const out = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .emptyOutcome */ .w)('failed'), functionArn: fn.arn };
    const refuse = (errors) => ({ ended: { ...out, errors } });
    const { snapshots, errors } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__.readAll)(clients, cfg.distributionIds);
    if (errors.length > 0)
        return refuse(errors);
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .previousVersions */ .nJ)(cfg, snapshots);
    const live = await liveCanaries(ctx, snapshots);
    if (!live.ok)
        return refuse([live.error]);
    const missing = cfg.distributionIds.filter(id => !live.value.some(l => l.primaryId === id));
    if (missing.length > 0)
        return refuse([
            `No canary is live on ${missing.join(', ')} (no enabled continuous deployment policy with a staging distribution): nothing to promote. Deploy with canary and canary-promote: manual first. Nothing was changed.`
        ]);
    const staged = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__.readAll)(clients, live.value.map(l => l.staging.id));
    if (staged.errors.length > 0)
        return refuse(staged.errors);
    // The staging slots must hold one version of this function: that is what gets promoted.
    const versions = [...new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .liveArns */ .HK)(cfg, staged.snapshots))];
    const arn = versions.length === 1 ? versions[0] : undefined;
    const version = arn ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_8__/* .versionOf */ .E4)(arn) : undefined;
    if (!arn || !version || !arn.startsWith(`${fn.arn}:`))
        return refuse([
            `The staging distributions do not hold one version of ${fn.facts.name} in the requested slots (found ${versions.map(v => v ?? 'none').join(', ')}): check inputs "function-name", "event-type" and "cache-behavior". Nothing was changed.`
        ]);
    const pairs = live.value.map(l => ({
        primary: snapshots.find(s => s.id === l.primaryId),
        staging: staged.snapshots.find(s => s.id === l.staging.id)
    }));
    const drift = pairs.flatMap(p => {
        const d = (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .driftRefusal */ .a)(ctx, p.primary, p.staging, fn.arn);
        return d ? [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(d)] : [];
    });
    if (drift.length > 0)
        return refuse(drift);
    out.version = version;
    out.versionArn = arn;
    out.changes = pairs.flatMap(p => slotChanges(ctx, p.primary, p.staging));
    out.canary = report(live.value, 'live');
    return { out, live: live.value, version };
}
async function promoteChecked(ctx, c) {
    const { fn } = ctx;
    const { out } = c;
    const pairs = c.live.map(l => ({ primaryId: l.primaryId, stagingId: l.staging.id }));
    const promoted = await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .promoteAll */ .Cf)(ctx, pairs, fn.arn);
    out.timings.waitMs = promoted.waitMs;
    if (promoted.promoted.length > 0) {
        out.canary.state = 'promoted';
        await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberCanary */ .gA)(ctx, fn.facts.name, c.version, out.previousVersions.filter(v => /^\d+$/.test(v)), true);
    }
    out.changes = out.changes.filter(ch => promoted.promoted.includes(ch.distributionId));
    return promoted.errors.length > 0
        ? { ...out, status: 'failed', errors: promoted.errors }
        : { ...out, status: 'deployed' };
}
/**
 * The canaries live on these primaries (policy on, routing to a staging distribution); empty when
 * none is (or the policies cannot be read: the ordinary rollback then applies).
 */
async function liveCanariesOn(ctx, snapshots) {
    if (!snapshots.some(s => s.config.ContinuousDeploymentPolicyId))
        return [];
    const live = await liveCanaries(ctx, snapshots);
    return live.ok ? live.value : [];
}
/**
 * `mode: rollback` while a canary is live: turn its policies off (all traffic back to the
 * primaries, whose config the canary never changed) and record the staging version as bad in the
 * journal. `name`: the function's name (its ARN is read off the staging slots).
 */
async function abortLiveCanary(ctx, snapshots, live, name) {
    const { cfg, clients } = ctx;
    const out = {
        ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .emptyOutcome */ .w)('failed'),
        previousVersions: (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .previousVersions */ .nJ)(cfg, snapshots),
        canary: report(live, 'aborted')
    };
    const failures = [];
    for (const l of live) {
        const off = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_1__/* .setPolicyEnabled */ .Cv)(clients, l.policyId, false, ctx.clock);
        if (!off.ok)
            failures.push(`Could not disable policy ${l.policyId} of ${l.primaryId}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(off.error)}`);
        else
            ctx.log.info(`Canary on ${l.primaryId} aborted: policy ${l.policyId} disabled.`);
    }
    if (failures.length > 0)
        return { ...out, errors: failures };
    const staged = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_4__.readAll)(clients, live.map(l => l.staging.id));
    const ours = [...new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .liveArns */ .HK)(cfg, staged.snapshots))].flatMap(a => {
        const parsed = a ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFunctionArn */ .x$)(a) : undefined;
        return parsed && parsed.name === name && a && (0,_edge_js__WEBPACK_IMPORTED_MODULE_8__/* .versionOf */ .E4)(a) ? [{ a, parsed }] : [];
    });
    const bad = ours.map(o => (0,_edge_js__WEBPACK_IMPORTED_MODULE_8__/* .versionOf */ .E4)(o.a));
    for (const v of bad)
        await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberCanary */ .gA)(ctx, name, v, out.previousVersions, false);
    const functionArn = ours[0] ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_8__/* .unqualifiedArn */ .X2)(ours[0].parsed) : undefined;
    return { ...out, functionArn, status: 'rolled-back', version: bad[0] };
}


/***/ })

};
