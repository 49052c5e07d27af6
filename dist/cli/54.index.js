export const id = 54;
export const ids = [54,408];
export const modules = {

/***/ 2408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ abortLiveCanary),
/* harmony export */   promote: () => (/* binding */ promote)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_staging_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(228);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9538);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4671);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2464);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1666);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6738);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6915);








/** The primaries whose policy is on and routes to a staging distribution: the live canaries. */
async function liveCanaries(ctx, primaries) {
    const read = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_1__/* .readTargets */ .R0)(ctx.clients, primaries);
    if (!read.ok)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(read.error));
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(read.value.targets.filter((t) => t.policyEnabled === true && t.staging !== undefined && !!t.policyId));
}
/** Slot by slot, what the primary holds and what the staging distribution would bring. */
function slotChanges(ctx, primary, staging) {
    const { cfg } = ctx;
    return cfg.cacheBehaviors.flatMap(b => {
        const from = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .currentAssociation */ .H5)(primary.config, b, cfg.eventType);
        const to = (0,_plan_js__WEBPACK_IMPORTED_MODULE_5__/* .currentAssociation */ .H5)(staging.config, b, cfg.eventType);
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
async function promote(ctx) {
    const { cfg, clients, fn } = ctx;
    const out = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyOutcome */ .w)('failed'), functionArn: fn.arn };
    const { snapshots, errors } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(clients, cfg.distributionIds);
    if (errors.length > 0)
        return { ...out, errors };
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .previousVersions */ .nJ)(cfg, snapshots);
    const live = await liveCanaries(ctx, snapshots);
    if (!live.ok)
        return { ...out, errors: [live.error] };
    const missing = cfg.distributionIds.filter(id => !live.value.some(l => l.primaryId === id));
    if (missing.length > 0)
        return {
            ...out,
            errors: [
                `No canary is live on ${missing.join(', ')} (no enabled continuous deployment policy with a staging distribution): nothing to promote. Deploy with canary and canary-promote: manual first. Nothing was changed.`
            ]
        };
    const staged = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(clients, live.value.map(l => l.staging.id));
    if (staged.errors.length > 0)
        return { ...out, errors: staged.errors };
    // The staging slots must hold one version of this function: that is what gets promoted.
    const versions = [...new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .liveArns */ .HK)(cfg, staged.snapshots))];
    const arn = versions.length === 1 ? versions[0] : undefined;
    const version = arn ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_7__/* .versionOf */ .E4)(arn) : undefined;
    if (!arn || !version || !arn.startsWith(`${fn.arn}:`))
        return {
            ...out,
            errors: [
                `The staging distributions do not hold one version of ${fn.facts.name} in the requested slots (found ${versions.map(v => v ?? 'none').join(', ')}): check inputs "function-name", "event-type" and "cache-behavior". Nothing was changed.`
            ]
        };
    out.version = version;
    out.versionArn = arn;
    out.changes = live.value.flatMap(l => slotChanges(ctx, snapshots.find(s => s.id === l.primaryId), staged.snapshots.find(s => s.id === l.staging.id)));
    out.canary = report(live.value, 'live');
    const pairs = live.value.map(l => ({ primaryId: l.primaryId, stagingId: l.staging.id }));
    const promoted = await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .promoteAll */ .Cf)(ctx, pairs, fn.arn);
    out.timings.waitMs = promoted.waitMs;
    if (promoted.promoted.length > 0) {
        out.canary.state = 'promoted';
        await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberCanary */ .gA)(ctx, fn.facts.name, version, out.previousVersions.filter(v => /^\d+$/.test(v)), true);
    }
    out.changes = out.changes.filter(c => promoted.promoted.includes(c.distributionId));
    return promoted.errors.length > 0
        ? { ...out, status: 'failed', errors: promoted.errors }
        : { ...out, status: 'deployed' };
}
/**
 * `mode: rollback` while a canary is live: turn its policies off (all traffic back to the
 * primaries, whose config the canary never changed) and record the staging version as bad.
 * Undefined when no canary is live: the ordinary rollback applies.
 */
async function abortLiveCanary(ctx, snapshots) {
    const { cfg, clients, fn } = ctx;
    if (!snapshots.some(s => s.config.ContinuousDeploymentPolicyId))
        return undefined;
    const live = await liveCanaries(ctx, snapshots);
    if (!live.ok || live.value.length === 0)
        return undefined;
    const out = {
        ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .emptyOutcome */ .w)('failed'),
        functionArn: fn.arn,
        previousVersions: (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .previousVersions */ .nJ)(cfg, snapshots),
        canary: report(live.value, 'aborted')
    };
    const failures = [];
    for (const l of live.value) {
        const off = await (0,_aws_staging_js__WEBPACK_IMPORTED_MODULE_1__/* .setPolicyEnabled */ .Cv)(clients, l.policyId, false, ctx.clock);
        if (!off.ok)
            failures.push(`Could not disable policy ${l.policyId} of ${l.primaryId}: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(off.error)}`);
        else
            ctx.log.info(`Canary on ${l.primaryId} aborted: policy ${l.policyId} disabled.`);
    }
    if (failures.length > 0)
        return { ...out, errors: failures };
    const staged = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .readAll */ .yw)(clients, live.value.map(l => l.staging.id));
    const bad = [...new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .liveArns */ .HK)(cfg, staged.snapshots))].flatMap(a => a && a.startsWith(`${fn.arn}:`) && (0,_edge_js__WEBPACK_IMPORTED_MODULE_7__/* .versionOf */ .E4)(a) ? [(0,_edge_js__WEBPACK_IMPORTED_MODULE_7__/* .versionOf */ .E4)(a)] : []);
    for (const v of bad)
        await (0,_canary_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberCanary */ .gA)(ctx, fn.facts.name, v, out.previousVersions, false);
    return { ...out, status: 'rolled-back', version: bad[0] };
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _aws_lambda_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5128);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9538);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8155);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4671);
/* harmony import */ var _rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(436);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2408);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5810);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6915);









/**
 * What counts as live: the version the slots hold; when they disagree (a deploy that failed
 * part-way without auto-rollback), the newest of them, the one that was being deployed; the
 * alias's when no slot holds a numbered version.
 */
function liveVersion(ctx, snapshots, aliasLive) {
    const versions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .liveArns */ .HK)(ctx.cfg, snapshots).flatMap(a => a && (0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(a) ? [Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(a))] : []);
    return versions.length > 0 ? Math.max(...versions) : aliasLive;
}
function chooseTarget(ctx, history, live) {
    if (ctx.cfg.rollbackTo !== 'previous')
        return { version: ctx.cfg.rollbackTo };
    const prev = (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .previousGood */ .Dp)(history, live);
    if (prev !== undefined)
        return { version: prev };
    return {
        error: `Input "rollback-to": no earlier successful deploy of ${ctx.fn.facts.name} is recorded before version ${live ?? '(none)'}. Give a version number instead (rollback-to: 7).`
    };
}
async function rollback(ctx) {
    const { cfg, clients, fn } = ctx;
    const owner = fn.arn;
    const out = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_8__/* .emptyOutcome */ .w)('failed'), functionArn: owner };
    const { snapshots, errors } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .readAll */ .yw)(clients, cfg.distributionIds);
    const refusals = [...errors, ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .precheck */ .MQ)(cfg, owner, snapshots)];
    if (refusals.length > 0)
        return { ...out, errors: refusals };
    // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
    const aborted = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_3__/* .abortLiveCanary */ .j)(ctx, snapshots);
    if (aborted)
        return aborted;
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .previousVersions */ .nJ)(cfg, snapshots);
    const read = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_1__/* .readHistory */ .Lu)(clients, fn.facts.name);
    if (!read.ok)
        return { ...out, errors: [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(read.error)] };
    const live = liveVersion(ctx, snapshots, read.value.liveVersion);
    const target = chooseTarget(ctx, read.value.history, live);
    if ('error' in target)
        return { ...out, errors: [target.error] };
    // The target must exist and still pass the rules: rolling back onto a version CloudFront would
    // reject only trades one outage for another.
    const facts = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_1__/* .readVersionFacts */ ._v)(clients, fn.facts.name, String(target.version));
    if (!facts.ok)
        return {
            ...out,
            errors: [
                `Input "rollback-to": version ${target.version} is not a published version of ${fn.facts.name} (${facts.error.code}). Nothing was changed.`
            ]
        };
    const verdict = (0,_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .evaluate */ ._3)({
        eventType: cfg.eventType,
        includeBody: cfg.includeBody ?? false,
        fn: facts.value,
        today: ctx.today
    });
    out.verdict = verdict;
    if (verdict.errors > 0)
        return {
            ...out,
            errors: [
                `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
                ...verdict.findings.filter(f => f.severity === 'error').map(_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_2__/* .formatFinding */ .tf)
            ]
        };
    const versionArn = `${owner}:${target.version}`;
    Object.assign(out, { version: String(target.version), versionArn });
    const t1 = ctx.clock.now();
    // Unless include-body was given, each slot keeps its IncludeBody: its function may read the body.
    const applied = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .applyEverywhere */ .X1)(ctx, snapshots, owner, versionArn, cfg.includeBody ?? 'keep');
    out.timings.updateMs = ctx.clock.now() - t1;
    out.changes = applied.changes;
    if (out.changes.length === 0 && applied.errors.length === 0) {
        ctx.log.info(`Version ${target.version} is already live everywhere.`);
        return { ...out, status: 'unchanged' };
    }
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G)(ctx, owner, out, applied.errors, 'rolled-back');
    // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
    if (settled.undone)
        return { ...settled, status: 'failed' };
    if (settled.status === 'rolled-back')
        await remember(ctx, live, target.version);
    return settled;
}
async function remember(ctx, from, to) {
    const w = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_1__/* .updateHistory */ .Al)(ctx.clients, ctx.fn.facts.name, current => ({
        history: (0,_history_js__WEBPACK_IMPORTED_MODULE_7__/* .recordRollback */ .Ij)(current.history, from, to),
        live: to
    }));
    if (!w.ok)
        ctx.log.warning(`Could not record the rollback in the deploy history: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(w.error)}`);
}


/***/ }),

/***/ 5810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ settle)
/* harmony export */ });
/* harmony import */ var _aws_health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2611);
/* harmony import */ var _bake_step_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8018);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6915);
/**
 * After the associations moved: wait until Deployed, check health, and on any failure put every
 * changed slot back (auto-rollback) and wait for that too. Shared by deploy and rollback.
 */



async function verify(ctx, out) {
    const { cfg } = ctx;
    if (cfg.wait) {
        const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilDeployed */ .eF)(ctx, (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .touchedIds */ .fR)(out.changes));
        out.timings.waitMs = waited.elapsedMs;
        out.states = waited.states;
        out.polls = (out.polls ?? 0) + waited.polls;
        if (!waited.ok)
            return [waited.reason];
    }
    if (cfg.healthCheckUrl) {
        const health = await ctx.log.group(`Health check ${cfg.healthCheckUrl}`, () => (0,_aws_health_js__WEBPACK_IMPORTED_MODULE_2__/* .checkHealth */ .N)({
            url: cfg.healthCheckUrl,
            expectStatus: cfg.healthCheckStatus,
            clock: ctx.clock,
            budgetMs: cfg.healthCheckTimeoutSeconds * 1000,
            failures: cfg.healthCheckFailures,
            // A few tries even in a short budget.
            intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4))
        }));
        if (!health.ok)
            return [health.error];
        ctx.log.info(`Health check answered HTTP ${health.value.status} after ${health.value.attempts} attempt(s).`);
    }
    return [];
}
async function settle(ctx, owner, out, updateErrors, success = 'deployed') {
    // The writes just ended: the bake's baseline is the traffic before they began.
    const writesStartedAt = ctx.clock.now() - (out.timings.updateMs ?? 0);
    const errors = updateErrors.length > 0 ? updateErrors : await verify(ctx, out);
    // Hook: the CloudWatch bake (src/bake/), after Deployed and the health check passed.
    if (errors.length === 0)
        errors.push(...(await (0,_bake_step_js__WEBPACK_IMPORTED_MODULE_0__/* .bakeStep */ .k)(ctx, out, writesStartedAt)));
    if (errors.length === 0)
        return { ...out, status: success };
    if (out.changes.length === 0 || !ctx.cfg.autoRollback)
        return { ...out, status: 'failed', errors };
    ctx.log.warning(`Putting back the ${out.changes.length} association(s) this run changed.`);
    const leftovers = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .restore */ .PF)(ctx, owner, out.changes);
    if (leftovers.length > 0)
        return { ...out, status: 'failed', errors: [...errors, ...leftovers] };
    if (ctx.cfg.wait) {
        const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .waitUntilDeployed */ .eF)(ctx, (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .touchedIds */ .fR)(out.changes));
        out.polls = (out.polls ?? 0) + waited.polls;
        if (!waited.ok)
            errors.push(`After the rollback: ${waited.reason}`);
    }
    return { ...out, status: 'rolled-back', undone: out.changes, changes: [], errors };
}


/***/ })

};
