export const id = 769;
export const ids = [769];
export const modules = {

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploy: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5128);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9538);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(536);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4671);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2464);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6738);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5810);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6915);
/**
 * Deploy mode: publish a version, re-point the associations with IfMatch, wait until Deployed,
 * check health. Every mutation comes after every check that could refuse the deploy, and a
 * failure after the first distribution update puts the changed associations back.
 */










const sha256 = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('base64');
const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'];
const configDiffers = (a, b) => CONFIG_FIELDS.some(k => a[k] !== b[k]);
/**
 * Unchanged means: every slot already holds one version whose code and configuration equal what
 * we would publish. Then nothing is written at all (Lambda would hand back that same version).
 */
async function alreadyLive(ctx, snapshots, codeSha) {
    const { cfg, clients, preflight } = ctx;
    const live = new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .liveArns */ .HK)(cfg, snapshots));
    const [only] = [...live];
    const version = only ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(only) : undefined;
    if (live.size !== 1 || !only || version === undefined)
        return undefined;
    const desired = (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .desiredFor */ .ER)(cfg.cacheBehaviors, cfg.eventType, only, cfg.includeBody ?? false);
    const moves = snapshots.some(s => {
        const p = (0,_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .planDistribution */ .yO)(s.id, s.config, desired, preflight.fn.arn);
        return !p.ok || p.value.changes.length > 0;
    });
    if (moves)
        return undefined;
    const v = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__/* .readVersion */ .$4)(clients, preflight.fn.facts.name, version);
    if (!v.ok || v.value.CodeSha256 !== codeSha)
        return undefined;
    const published = {
        runtime: v.value.Runtime,
        handler: v.value.Handler,
        memorySize: v.value.MemorySize ?? 128,
        timeout: v.value.Timeout ?? 3
    };
    return configDiffers(published, preflight.effective) ? undefined : only;
}
/** Configuration, then code, then PublishVersion guarded by the code hash. */
async function publishNew(ctx, codeSha, zip) {
    const { cfg, clients, preflight } = ctx;
    const name = preflight.fn.facts.name;
    const wait = { maxWaitSeconds: Math.min(cfg.waitTimeoutSeconds, 900) };
    let revisionId = preflight.fn.revisionId;
    // Nothing live changes before PublishVersion, but $LATEST does: say so if a later step fails.
    const changed = [];
    const failedAfter = (message) => ({
        error: changed.length
            ? `${message}\n$LATEST of ${name} already has the new ${changed.join(' and ')} (no version was published, nothing live changed); re-run to publish, or restore it by hand.`
            : message
    });
    if (configDiffers(preflight.fn.facts, preflight.effective)) {
        const r = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__/* .updateConfiguration */ .o6)(clients, name, cfg.changes, wait);
        if (!r.ok)
            return { error: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error) };
        revisionId = r.value;
        changed.push('configuration');
    }
    if (zip && codeSha !== preflight.fn.facts.codeSha256) {
        const r = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__/* .updateCode */ .Px)(clients, name, zip, wait);
        if (!r.ok)
            return failedAfter((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error));
        revisionId = r.value.revisionId;
        changed.push('code');
    }
    const p = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__/* .publish */ .mk)(clients, name, { codeSha256: codeSha || undefined, revisionId }, cfg.description ?? ctx.defaultDescription, wait);
    return p.ok
        ? { version: p.value.version, versionArn: p.value.versionArn }
        : failedAfter((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(p.error));
}
/** Bookkeeping for rollback; a failure here is a warning: the deploy itself already happened. */
async function remember(ctx, version, replaced, succeeded) {
    const v = Number(version);
    const before = replaced.map(Number).filter(Number.isInteger);
    const w = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_2__/* .updateHistory */ .Al)(ctx.clients, ctx.preflight.fn.facts.name, current => {
        if (succeeded)
            return { history: (0,_history_js__WEBPACK_IMPORTED_MODULE_8__/* .recordSuccess */ .B3)(current.history, v, before), live: v };
        // After a failed deploy the old version is still live; the alias keeps following it.
        const live = current.liveVersion ?? before[0];
        return live === undefined ? undefined : { history: (0,_history_js__WEBPACK_IMPORTED_MODULE_8__/* .recordFailure */ .C5)(current.history, v), live };
    });
    if (!w.ok)
        ctx.log.warning(`Could not record the deploy history: ${(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(w.error)}`);
}
async function deploy(ctx) {
    const { cfg, clients, clock, preflight } = ctx;
    const owner = preflight.fn.arn;
    const out = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_9__/* .emptyOutcome */ .w)('failed'), functionArn: owner, verdict: preflight.verdict };
    const { snapshots, errors: readErrors } = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .readAll */ .yw)(clients, cfg.distributionIds);
    const rules = (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .checkDistributions */ .MI)(preflight, cfg, snapshots);
    out.verdict = rules.verdict;
    const refusals = [...readErrors, ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .precheck */ .MQ)(cfg, owner, snapshots), ...rules.refusals];
    if (refusals.length > 0)
        return { ...out, errors: refusals };
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .previousVersions */ .nJ)(cfg, snapshots);
    const canary = cfg.canary.kind === 'off' ? undefined : await (0,_canary_js__WEBPACK_IMPORTED_MODULE_3__/* .prepareCanary */ .e)(ctx, snapshots);
    if (canary && !canary.ok)
        return { ...out, errors: canary.error };
    const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined;
    const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '');
    const live = await alreadyLive(ctx, snapshots, codeSha);
    if (live) {
        ctx.log.info(`Version ${(0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(live)} already holds this code and configuration and is live everywhere: nothing to do.`);
        return { ...out, status: 'unchanged', version: (0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(live), versionArn: live };
    }
    const t0 = clock.now();
    const published = await publishNew(ctx, codeSha, zip);
    if ('error' in published)
        return { ...out, errors: [published.error] };
    Object.assign(out, published);
    out.timings.publishMs = clock.now() - t0;
    ctx.log.info(`Published ${published.versionArn}`);
    if (canary) {
        const c = await (0,_canary_js__WEBPACK_IMPORTED_MODULE_3__/* .releaseCanary */ .Ui)(ctx, snapshots, canary.value, published, out);
        if (c.record !== 'none')
            await remember(ctx, published.version, (0,_canary_js__WEBPACK_IMPORTED_MODULE_3__/* .replacedVersions */ .OI)(out), c.record === 'success');
        return c.outcome;
    }
    const t1 = clock.now();
    const applied = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .applyEverywhere */ .X1)(ctx, snapshots, owner, published.versionArn);
    out.timings.updateMs = clock.now() - t1;
    out.changes = applied.changes;
    // What the slots really held when we wrote (a 412 re-read may have found other versions).
    const replaced = out.changes.flatMap(c => c.from && (0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(c.from) ? [(0,_edge_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(c.from)] : []);
    if ((0,_shared_js__WEBPACK_IMPORTED_MODULE_5__/* .touchedIds */ .fR)(out.changes).length === 0 && applied.errors.length === 0) {
        ctx.log.info(`Every association already pointed at version ${published.version}.`);
        return { ...out, status: 'unchanged' };
    }
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_4__/* .settle */ .G)(ctx, owner, out, applied.errors);
    await remember(ctx, published.version, replaced, settled.status === 'deployed');
    return settled;
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
