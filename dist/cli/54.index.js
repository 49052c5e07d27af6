export const id = 54;
export const ids = [54,408];
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


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rollback: () => (/* binding */ rollback)
/* harmony export */ });
/* harmony import */ var _aws_alias_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8162);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);
/* harmony import */ var _aws_journal_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1066);
/* harmony import */ var _aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6654);
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(9538);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2588);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(4671);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2464);
/* harmony import */ var _rules_evaluate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(436);
/* harmony import */ var _journaled_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2714);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2408);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5810);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(6915);













/**
 * What counts as live: the version the slots hold; when they disagree (a deploy that failed
 * part-way without auto-rollback), the newest of them, the one that was being deployed; the
 * alias's when no slot holds a numbered version.
 */
function liveVersion(ctx, snapshots, aliasLive) {
    const versions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .liveArns */ .HK)(ctx.cfg, snapshots).flatMap(a => a && (0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .versionOf */ .E4)(a) ? [Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .versionOf */ .E4)(a))] : []);
    return versions.length > 0 ? Math.max(...versions) : aliasLive;
}
/** Every slot holds `v`. */
const allHold = (ctx, snapshots, v) => (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .liveArns */ .HK)(ctx.cfg, snapshots).every(a => a !== null && (0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .versionOf */ .E4)(a) === String(v));
/** A rollback whose run stopped after its distribution write: the same target, not one further. */
function interruptedRollback(ctx, snapshots, j) {
    const p = j.pending;
    if (!p || p.kind !== 'rollback' || !allHold(ctx, snapshots, p.version))
        return undefined;
    return ctx.cfg.rollbackTo === 'previous' || ctx.cfg.rollbackTo === p.version ? p : undefined;
}
function chooseTarget(ctx, name, j, live) {
    if (ctx.cfg.rollbackTo !== 'previous')
        return { version: ctx.cfg.rollbackTo };
    const prev = (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .previousGood */ .Dp)(j, live);
    if (prev !== undefined)
        return { version: prev };
    return {
        error: `Input "rollback-to": no earlier verified deploy of ${name} is recorded before version ${live ?? '(none)'}. Give a version number instead (rollback-to: 7).`
    };
}
const functionName = (given) => (0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFunctionArn */ .x$)(given)?.name ?? given;
/**
 * Everything is read and checked before the lock is taken, so a refused rollback writes nothing at
 * all; after waiting for another run, it is read and checked again under the lock.
 */
async function rollback(ctx) {
    const name = functionName(ctx.cfg.functionName);
    const first = await prepare(ctx, name);
    if ('ended' in first)
        return first.ended;
    return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .withLock */ .kK)(ctx, name, first.out, async (held) => {
        const s = held.waitedMs === 0 && !held.tookOver ? first : await prepare(ctx, name);
        if ('ended' in s)
            return s.ended;
        // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
        if ('canary' in s)
            return (0,_promote_js__WEBPACK_IMPORTED_MODULE_7__/* .abortLiveCanary */ .j)(ctx, s.snapshots, s.canary, name);
        return apply(ctx, s);
    });
}
async function prepare(ctx, name) {
    // A refusal, or nothing to do: the run ends before any write.
    const refuse = (o) => ({ ended: o });
    const { cfg, clients } = ctx;
    let out = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_11__/* .emptyOutcome */ .w)('failed');
    const [all, read] = await Promise.all([
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__.readAll)(clients, cfg.distributionIds),
        (0,_aws_journal_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readJournal */ .a)(clients, name)
    ]);
    if (all.errors.length > 0)
        return refuse({ ...out, errors: all.errors });
    if (!read.ok)
        return refuse({ ...out, errors: [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(read.error)] });
    const { snapshots } = all;
    const j = read.value.journal;
    const canary = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_7__/* .liveCanariesOn */ .S)(ctx, snapshots);
    if (canary.length > 0)
        return { out, snapshots, canary };
    out.previousVersions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .previousVersions */ .nJ)(cfg, snapshots);
    const resumed = interruptedRollback(ctx, snapshots, j);
    const live = resumed?.from ?? liveVersion(ctx, snapshots, read.value.liveVersion);
    const target = resumed ? { version: resumed.version } : chooseTarget(ctx, name, j, live);
    if ('error' in target)
        return refuse({ ...out, errors: [target.error] });
    // The target must exist and still pass the rules: rolling back onto a version CloudFront would
    // reject only trades one outage for another.
    const facts = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersionFacts */ ._v)(clients, name, String(target.version));
    if (!facts.ok)
        return refuse({
            ...out,
            errors: [
                `Input "rollback-to": version ${target.version} is not a published version of ${name} (${facts.error.code}). Nothing was changed.`
            ]
        });
    const parsed = (0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFunctionArn */ .x$)(facts.value.arn);
    const owner = parsed ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_10__/* .unqualifiedArn */ .X2)(parsed) : (0,_aws_alias_store_js__WEBPACK_IMPORTED_MODULE_0__/* .functionArnOf */ .hs)(read.value.alias.arn ?? '');
    out = { ...out, functionArn: owner };
    const refusals = (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .precheck */ .MQ)(cfg, owner, snapshots);
    if (refusals.length > 0)
        return refuse({ ...out, errors: refusals });
    const verdict = (0,_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .evaluate */ ._3)({
        eventType: cfg.eventType,
        includeBody: cfg.includeBody ?? j.body[target.version] === true,
        fn: facts.value,
        today: ctx.today
    });
    out.verdict = verdict;
    if (verdict.errors > 0)
        return refuse({
            ...out,
            errors: [
                `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
                ...verdict.findings.filter(f => f.severity === 'error').map(_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_5__/* .formatFinding */ .tf)
            ]
        });
    const versionArn = `${owner}:${target.version}`;
    out = { ...out, version: String(target.version), versionArn };
    if (!resumed && allHold(ctx, snapshots, target.version) && (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .isVerified */ .p4)(j, target.version)) {
        ctx.log.info(`Version ${target.version} is already live everywhere and verified.`);
        return refuse({ ...out, status: 'unchanged' });
    }
    return {
        out,
        owner,
        name,
        snapshots,
        record: read.value,
        live,
        target: target.version,
        resumed
    };
}
async function apply(ctx, s) {
    const { cfg } = ctx;
    // The setting the target was deployed with; unknown (or a mix): each slot keeps its own.
    const recorded = s.record.journal.body[s.target];
    const body = cfg.includeBody ?? (typeof recorded === 'boolean' ? recorded : 'keep');
    const intent = await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .writeIntent */ .Ui)(ctx, s.name, s.record, current => ({
        journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordIntent */ .M8)(current.journal, (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .intentOf */ .oQ)(ctx, 'rollback', s.target, s.live, body === 'keep' ? 'mixed' : body)),
        live: current.liveVersion ?? s.live ?? s.target
    }));
    if (intent.error)
        return { ...s.out, errors: [intent.error] };
    const t1 = ctx.clock.now();
    const applied = await (0,_shared_js__WEBPACK_IMPORTED_MODULE_9__/* .applyEverywhere */ .X1)(ctx, s.snapshots, s.owner, s.out.versionArn, body);
    let out = { ...s.out, changes: applied.changes, resumed: s.resumed !== undefined };
    out.timings.updateMs = ctx.clock.now() - t1;
    if (s.resumed)
        ctx.log.info(`Version ${s.target} already holds every slot after an interrupted rollback: resuming (wait, health check, verdict).`);
    // Nothing moved (a resumed rollback): still watch the slots, so the wait and the check run.
    if (out.changes.length === 0 && applied.errors.length === 0)
        out = { ...out, changes: watched(ctx, s) };
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_8__/* .settle */ .G)(ctx, s.owner, out, applied.errors, 'rolled-back');
    await (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .writeVerdict */ .P1)(ctx, s.name, intent.record, current => {
        const j = current.journal;
        const cleared = j.pending?.version === s.target ? { ...j, pending: undefined } : j;
        if (settled.status === 'rolled-back' && !settled.undone) {
            const done = (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordRollback */ .Ij)(j, s.live, s.target);
            const withBody = { ...done, body: { ...done.body, [s.target]: (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .bodyOf */ .EN)(settled.changes) } };
            return { journal: withBody, live: s.target };
        }
        if (settled.status === 'cancelled')
            return { journal: j, live: current.liveVersion ?? s.target };
        return { journal: cleared, live: current.liveVersion ?? s.live ?? s.target };
    });
    // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
    if (settled.undone)
        return { ...settled, status: 'failed' };
    if (settled.status === 'cancelled') {
        const note = (0,_journaled_js__WEBPACK_IMPORTED_MODULE_6__/* .cancelledNote */ .K2)(settled, s.live);
        return { ...settled, liveNote: note, errors: [...settled.errors, note] };
    }
    return settled;
}
/** The slots as changes from the version rolled back from to the target, for the wait and the report. */
function watched(ctx, s) {
    const from = s.live !== undefined ? `${s.owner}:${s.live}` : s.out.versionArn;
    return s.snapshots.flatMap(snap => ctx.cfg.cacheBehaviors.map(b => {
        const body = (0,_plan_js__WEBPACK_IMPORTED_MODULE_12__/* .currentAssociation */ .H5)(snap.config, b, ctx.cfg.eventType)?.IncludeBody ?? false;
        return {
            distributionId: snap.id,
            cacheBehavior: b,
            eventType: ctx.cfg.eventType,
            from,
            to: s.out.versionArn,
            includeBody: body,
            fromIncludeBody: body
        };
    }));
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
