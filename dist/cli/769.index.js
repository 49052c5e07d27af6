export const id = 769;
export const ids = [769];
export const modules = {

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ publishNew),
/* harmony export */   deploy: () => (/* binding */ deploy)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_journal_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6654);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9538);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2588);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4671);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2464);
/* harmony import */ var _canary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6738);
/* harmony import */ var _journaled_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2714);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5810);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(6915);
/**
 * Deploy mode: publish a version, re-point the associations with IfMatch, wait until Deployed,
 * check health. Every mutation comes after every check that could refuse the deploy, and a
 * failure after the first distribution update puts the changed associations back.
 *
 * Always true about production: the run holds the function's lock from its first write to its
 * end, writes its intent to the journal before the first distribution write and its verdict after
 * verification; a re-run finding its version live but unverified resumes instead of answering
 * `unchanged`.
 */












const sha256 = (bytes) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('base64');
const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'];
const configDiffers = (a, b) => CONFIG_FIELDS.some(k => a[k] !== b[k]);
/** Reads and checks everything a deploy could refuse on; writes nothing. */
async function readState(ctx) {
    const { cfg, clients, preflight } = ctx;
    const [all, journal] = await Promise.all([
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__.readAll)(clients, cfg.distributionIds),
        (0,_aws_journal_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readJournal */ .a)(clients, preflight.fn.facts.name)
    ]);
    // The rules that need the distributions (the CloudFront Function conflict) join the verdict.
    const rules = (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__.checkDistributions)(preflight, cfg, all.snapshots);
    const errors = [
        ...all.errors,
        ...(0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .precheck */ .MQ)(cfg, preflight.fn.arn, all.snapshots),
        ...rules.refusals
    ];
    if (!journal.ok)
        errors.push((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(journal.error));
    if (errors.length > 0 || !journal.ok)
        return { errors, verdict: rules.verdict };
    const canary = cfg.canary.kind === 'off' ? undefined : await (0,_canary_js__WEBPACK_IMPORTED_MODULE_5__/* .prepareCanary */ .e)(ctx, all.snapshots);
    if (canary && !canary.ok)
        return { errors: canary.error, verdict: rules.verdict };
    return {
        state: { snapshots: all.snapshots, journal: journal.value, canary: canary?.value },
        errors: [],
        verdict: rules.verdict
    };
}
/**
 * The version every slot already holds, when its code and configuration equal what we would
 * publish (Lambda would hand back that same version) and the slots need no other change.
 */
async function alreadyLive(ctx, snapshots, codeSha) {
    const { cfg, clients, preflight } = ctx;
    const live = new Set((0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .liveArns */ .HK)(cfg, snapshots));
    const [only] = [...live];
    const version = only ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(only) : undefined;
    if (live.size !== 1 || !only || version === undefined)
        return undefined;
    const desired = (0,_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .desiredFor */ .ER)(cfg.cacheBehaviors, cfg.eventType, only, cfg.includeBody ?? 'keep');
    const moves = snapshots.some(s => {
        const p = (0,_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .planDistribution */ .yO)(s.id, s.config, desired, preflight.fn.arn);
        return !p.ok || p.value.changes.length > 0;
    });
    if (moves)
        return undefined;
    const v = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersion */ .$4)(clients, preflight.fn.facts.name, version);
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
        const r = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .updateConfiguration */ .o6)(clients, name, cfg.changes, wait);
        if (!r.ok)
            return { error: (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error) };
        revisionId = r.value;
        changed.push('configuration');
    }
    if (zip && codeSha !== preflight.fn.facts.codeSha256) {
        const r = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .updateCode */ .Px)(clients, name, zip, wait);
        if (!r.ok)
            return failedAfter((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error));
        revisionId = r.value.revisionId;
        changed.push('code');
    }
    const p = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .publish */ .mk)(clients, name, { codeSha256: codeSha || undefined, revisionId }, cfg.description ?? ctx.defaultDescription, wait);
    return p.ok
        ? { version: p.value.version, versionArn: p.value.versionArn }
        : failedAfter((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(p.error));
}
const numbered = (arns) => [
    ...new Set(arns.flatMap(a => (a && (0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(a) ? [Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(a))] : [])))
];
/** IncludeBody the slots will have: the input, or (empty input) what each slot has now. */
function bodyAfter(ctx, state) {
    if (ctx.cfg.includeBody !== undefined)
        return ctx.cfg.includeBody;
    const bodies = new Set(state.snapshots.flatMap(s => ctx.cfg.cacheBehaviors.map(b => (0,_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .currentAssociation */ .H5)(s.config, b, ctx.cfg.eventType)?.IncludeBody ?? false)));
    return bodies.size === 1 ? [...bodies][0] : bodies.size === 0 ? false : 'mixed';
}
/** After verification (or not): the journal's verdict and where the alias points. */
async function recordDeploy(ctx, first, settled, replaced, verdict = settled.status === 'deployed'
    ? 'good'
    : settled.status === 'cancelled'
        ? 'cancelled'
        : 'bad') {
    const v = Number(settled.version);
    const body = (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .bodyOf */ .EN)(settled.changes);
    await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .writeVerdict */ .P1)(ctx, ctx.preflight.fn.facts.name, first, current => {
        const keepLive = current.liveVersion ?? replaced[0] ?? v;
        if (verdict === 'good')
            return { journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordVerdict */ .p0)(current.journal, v, 'good', { body, replaced }), live: v };
        if (verdict === 'cancelled') {
            // The intent stays: a re-run resumes from it.
            const j = (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordVerdict */ .p0)(current.journal, v, 'cancelled');
            return { journal: { ...j, pending: current.journal.pending }, live: keepLive };
        }
        return { journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordVerdict */ .p0)(current.journal, v, 'bad'), live: keepLive };
    });
}
/** Explains a cancelled run and names what is live. */
function explainCancel(o, journal, replaced) {
    // A version live before the journal knew of it counts, as it does for the verdict.
    const j = journal.journal;
    const unknown = replaced.find(r => !j.bad.includes(r) && !j.cancelled.includes(r));
    const prev = (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .previousGood */ .Dp)(j, Number(o.version)) ?? unknown;
    return { ...o, liveNote: (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelledNote */ .K2)(o, prev), errors: [...o.errors, (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelledNote */ .K2)(o, prev)] };
}
/**
 * The slots already hold `liveArn` but the journal does not show it verified (a run was killed or
 * cancelled after its distribution write): wait, check, and record the verdict now.
 */
async function resume(ctx, state, liveArn, out) {
    const { cfg, preflight } = ctx;
    const v = Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(liveArn));
    const pending = state.journal.journal.pending;
    const from = pending?.version === v ? pending.from : undefined;
    const fromArn = from !== undefined ? `${preflight.fn.arn}:${from}` : liveArn;
    ctx.log.info(`Version ${v} is already associated everywhere but the journal does not show it verified: resuming (wait for Deployed, health check, verdict).`);
    const changes = state.snapshots.flatMap(s => cfg.cacheBehaviors.map(b => {
        const body = (0,_plan_js__WEBPACK_IMPORTED_MODULE_10__/* .currentAssociation */ .H5)(s.config, b, cfg.eventType)?.IncludeBody ?? false;
        return {
            distributionId: s.id,
            cacheBehavior: b,
            eventType: cfg.eventType,
            from: fromArn,
            to: liveArn,
            includeBody: body,
            fromIncludeBody: body
        };
    }));
    const base = { ...out, version: String(v), versionArn: liveArn, changes, resumed: true };
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_7__/* .settle */ .G)(ctx, preflight.fn.arn, base, []);
    await recordDeploy(ctx, undefined, settled, from !== undefined ? [from] : []);
    return settled.status === 'cancelled'
        ? explainCancel(settled, state.journal, from !== undefined ? [from] : [])
        : settled;
}
/**
 * The canary path: staging, policy, health check, bake, then promotion (src/modes/canary.ts). The
 * journal's verdict follows the canary's: nothing yet while a manual promotion waits (the intent
 * is cleared: the primaries did not change; `mode: promote` records the verdict).
 */
async function canaryUnderLock(ctx, state, record, published, before, out) {
    const c = await (0,_canary_js__WEBPACK_IMPORTED_MODULE_5__/* .releaseCanary */ .Ui)(ctx, state.snapshots, state.canary, published, {
        ...out,
        ...published
    });
    const v = Number(published.version);
    if (c.record !== 'none') {
        await recordDeploy(ctx, record, c.outcome, before, c.record === 'success' ? 'good' : 'bad');
        return c.outcome;
    }
    await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .writeVerdict */ .P1)(ctx, ctx.preflight.fn.facts.name, record, current => {
        const j = current.journal;
        if (j.pending?.version !== v)
            return undefined;
        return { journal: { ...j, pending: undefined }, live: current.liveVersion ?? before[0] ?? v };
    });
    return c.outcome;
}
/** `live`: what alreadyLive() found on `state` (computed once per read of the state). */
async function underLock(ctx, state, out, live) {
    const { preflight } = ctx;
    const name = preflight.fn.facts.name;
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .previousVersions */ .nJ)(ctx.cfg, state.snapshots);
    const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined;
    const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '');
    if (live) {
        if ((0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .isVerified */ .p4)(state.journal.journal, Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(live))))
            return { ...out, status: 'unchanged', version: (0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(live), versionArn: live };
        return resume(ctx, state, live, out);
    }
    const t0 = ctx.clock.now();
    const published = await publishNew(ctx, codeSha, zip);
    if ('error' in published)
        return { ...out, errors: [published.error] };
    out.timings.publishMs = ctx.clock.now() - t0;
    ctx.log.info(`Published ${published.versionArn}`);
    const v = Number(published.version);
    const before = numbered((0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .liveArns */ .HK)(ctx.cfg, state.snapshots));
    const intent = await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .writeIntent */ .Ui)(ctx, name, state.journal, current => ({
        journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordIntent */ .M8)(current.journal, (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .intentOf */ .oQ)(ctx, 'deploy', v, before[0], bodyAfter(ctx, state))),
        live: current.liveVersion ?? before[0] ?? v
    }));
    if (intent.error)
        return { ...out, ...published, errors: [intent.error] };
    if (state.canary)
        return canaryUnderLock(ctx, state, intent.record, published, before, out);
    const t1 = ctx.clock.now();
    const applied = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .applyEverywhere */ .X1)(ctx, state.snapshots, preflight.fn.arn, published.versionArn);
    const withWrites = {
        ...out,
        ...published,
        changes: applied.changes,
        timings: { ...out.timings, updateMs: ctx.clock.now() - t1 }
    };
    // What the slots really held when we wrote (a 412 re-read may have found other versions).
    const replaced = numbered(withWrites.changes.map(c => c.from));
    if ((0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .touchedIds */ .fR)(withWrites.changes).length === 0 && applied.errors.length === 0)
        return resume(ctx, { ...state, journal: intent.record }, published.versionArn, withWrites);
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_7__/* .settle */ .G)(ctx, preflight.fn.arn, withWrites, applied.errors);
    await recordDeploy(ctx, intent.record, settled, replaced);
    return settled.status === 'cancelled' ? explainCancel(settled, state.journal, replaced) : settled;
}
async function deploy(ctx) {
    const { preflight } = ctx;
    const out = {
        ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_11__/* .emptyOutcome */ .w)('failed'),
        functionArn: preflight.fn.arn,
        verdict: preflight.verdict
    };
    const first = await readState(ctx);
    out.verdict = first.verdict;
    if (!first.state)
        return { ...out, errors: first.errors };
    // Verified and live: nothing to write, not even the lock.
    const zip = preflight.pkg ? await preflight.pkg.bytes() : undefined;
    const codeSha = zip ? sha256(zip) : (preflight.fn.facts.codeSha256 ?? '');
    const live = await alreadyLive(ctx, first.state.snapshots, codeSha);
    if (live && (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .isVerified */ .p4)(first.state.journal.journal, Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(live)))) {
        ctx.log.info(`Version ${(0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(live)} already holds this code and configuration, is live everywhere and verified: nothing to do.`);
        return {
            ...out,
            status: 'unchanged',
            version: (0,_edge_js__WEBPACK_IMPORTED_MODULE_9__/* .versionOf */ .E4)(live),
            versionArn: live,
            previousVersions: (0,_shared_js__WEBPACK_IMPORTED_MODULE_8__/* .previousVersions */ .nJ)(ctx.cfg, first.state.snapshots)
        };
    }
    return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .withLock */ .kK)(ctx, preflight.fn.facts.name, out, async (held) => {
        if (held.waitedMs === 0 && !held.tookOver)
            return underLock(ctx, first.state, out, live);
        // Another run went first: what it did is the starting point now.
        const fn = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .readFunction */ .v5)(ctx.clients, preflight.fn.facts.name);
        if (!fn.ok)
            return { ...out, errors: [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(fn.error)] };
        const fresh = { ...ctx, preflight: { ...preflight, fn: fn.value } };
        const again = await readState(fresh);
        out.verdict = again.verdict;
        if (!again.state)
            return { ...out, errors: again.errors };
        const zipNow = preflight.pkg ? await preflight.pkg.bytes() : undefined;
        const shaNow = zipNow ? sha256(zipNow) : (fn.value.facts.codeSha256 ?? '');
        return underLock(fresh, again.state, out, await alreadyLive(fresh, again.state.snapshots, shaNow));
    });
}


/***/ }),

/***/ 5810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ settle)
/* harmony export */ });
/* unused harmony export replacedSlots */
/* harmony import */ var _aws_health_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2611);
/* harmony import */ var _bake_step_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8018);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2464);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6915);




/**
 * Slots that no longer hold what this run wrote, seen in the configs of the wait's last polls:
 * someone outside the lock replaced them. Their version is not ours to report as deployed.
 */
function replacedSlots(changes, configs) {
    return changes.flatMap(c => {
        const config = configs[c.distributionId];
        if (!config)
            return [];
        const now = (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .currentAssociation */ .H5)(config, c.cacheBehavior, c.eventType)?.LambdaFunctionARN ?? null;
        return now === c.to
            ? []
            : [
                `${c.distributionId} ${c.cacheBehavior} ${c.eventType} now holds ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .versionLabel */ .dp)(now)}, set by someone else while this run waited (not through the lock): ${(0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .versionLabel */ .dp)(c.to)} is not live there.`
            ];
    });
}
async function verify(ctx, out) {
    const { cfg } = ctx;
    if (cfg.wait) {
        const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntilDeployed */ .eF)(ctx, (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .touchedIds */ .fR)(out.changes));
        out.timings.waitMs = waited.elapsedMs;
        out.states = waited.states;
        out.polls = (out.polls ?? 0) + waited.polls;
        if (waited.cancelled)
            return { errors: [waited.reason], cancelled: true };
        if (!waited.ok)
            return { errors: [waited.reason], cancelled: false };
        const replaced = replacedSlots(out.changes, waited.configs);
        if (replaced.length > 0)
            return { errors: replaced, cancelled: false };
    }
    if (cfg.healthCheckUrl) {
        const health = await ctx.log.group(`Health check ${cfg.healthCheckUrl}`, () => (0,_aws_health_js__WEBPACK_IMPORTED_MODULE_0__/* .checkHealth */ .N)({
            url: cfg.healthCheckUrl,
            expectStatus: cfg.healthCheckStatus,
            clock: ctx.clock,
            budgetMs: cfg.healthCheckTimeoutSeconds * 1000,
            failures: cfg.healthCheckFailures,
            // A few tries even in a short budget.
            intervalMs: Math.min(5000, Math.max(250, (cfg.healthCheckTimeoutSeconds * 1000) / 4)),
            signal: ctx.signal
        }));
        if (!health.ok)
            return { errors: [health.error], cancelled: ctx.signal?.aborted === true };
        ctx.log.info(`Health check answered HTTP ${health.value.status} after ${health.value.attempts} attempt(s).`);
    }
    return { errors: [], cancelled: false };
}
async function settle(ctx, owner, out, updateErrors, success = 'deployed') {
    // The writes just ended: the bake's baseline is the traffic before they began.
    const writesStartedAt = ctx.clock.now() - (out.timings.updateMs ?? 0);
    const checked = updateErrors.length > 0 ? { errors: updateErrors, cancelled: false } : await verify(ctx, out);
    const { errors } = checked;
    if (checked.cancelled)
        return { ...out, status: 'cancelled', errors };
    // Hook: the CloudWatch bake (src/bake/), after Deployed and the health check passed.
    if (errors.length === 0)
        errors.push(...(await (0,_bake_step_js__WEBPACK_IMPORTED_MODULE_1__/* .bakeStep */ .k)(ctx, out, writesStartedAt)));
    if (errors.length === 0)
        return { ...out, status: success };
    if (out.changes.length === 0 || !ctx.cfg.autoRollback)
        return { ...out, status: 'failed', errors };
    ctx.log.warning(`Putting back the ${out.changes.length} association(s) this run changed.`);
    const leftovers = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .restore */ .PF)(ctx, owner, out.changes);
    if (leftovers.length > 0)
        return { ...out, status: 'failed', errors: [...errors, ...leftovers] };
    if (ctx.cfg.wait) {
        const waited = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .waitUntilDeployed */ .eF)(ctx, (0,_shared_js__WEBPACK_IMPORTED_MODULE_2__/* .touchedIds */ .fR)(out.changes));
        out.polls = (out.polls ?? 0) + waited.polls;
        if (!waited.ok)
            errors.push(`After the rollback: ${waited.reason}`);
    }
    return { ...out, status: 'rolled-back', undone: out.changes, changes: [], errors };
}


/***/ })

};
