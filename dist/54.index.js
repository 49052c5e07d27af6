export const id = 54;
export const ids = [54,408];
export const modules = {

/***/ 2583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PZ: () => (/* binding */ bodyAfter),
/* harmony export */   aT: () => (/* binding */ unmovedSlots),
/* harmony export */   pD: () => (/* binding */ writePlan)
/* harmony export */ });
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9378);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2464);
/* harmony import */ var _plan_reapply_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2616);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6915);




/** `versions`: the version each function published, for the plan's `…:next` stand-ins. */
async function writePlan(ctx, plan, snapshots, versions = new Map()) {
    const first = new Map(snapshots.map(s => [s.id, s]));
    const written = await Promise.all(plan.distributions.map(d => (0,_shared_js__WEBPACK_IMPORTED_MODULE_1__/* .writeSlots */ .Ng)(ctx, d.id, (0,_plan_reapply_js__WEBPACK_IMPORTED_MODULE_2__/* .targetsOf */ .QR)((0,_plan_reapply_js__WEBPACK_IMPORTED_MODULE_2__/* .bind */ .oI)(d.slotChanges, versions)), first.get(d.id))));
    return {
        changes: written.flatMap(w => (w.ok ? w.value.changes : [])),
        errors: written.flatMap(w => (w.ok ? [] : [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFailure */ .M3)(w.error)]))
    };
}
/**
 * The slots of the functions that did not move in `changes` (a run stopped after its write left
 * them there, unverified), as changes from what they held before to what they hold: the wait, the
 * check and the verdict still cover them.
 */
function unmovedSlots(snapshots, watches, changes) {
    const moved = new Set(changes.map(c => c.functionArn));
    return watches
        .filter(w => !moved.has(w.owner))
        .flatMap(w => snapshots.flatMap(s => w.spec.cacheBehaviors.map(b => {
        const body = (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .currentAssociation */ .H5)(s.config, b, w.spec.eventType)?.IncludeBody ?? false;
        return {
            functionName: w.functionName,
            functionArn: w.owner,
            distributionId: s.id,
            cacheBehavior: b,
            eventType: w.spec.eventType,
            from: w.from,
            to: w.to,
            includeBody: body,
            fromIncludeBody: body
        };
    })));
}
/** IncludeBody the function's slots will have: the input, or (empty input) what each slot has now. */
function bodyAfter(spec, snapshots) {
    if (spec.includeBody !== undefined)
        return spec.includeBody;
    const bodies = new Set(snapshots.flatMap(s => spec.cacheBehaviors.map(b => (0,_plan_js__WEBPACK_IMPORTED_MODULE_3__/* .currentAssociation */ .H5)(s.config, b, spec.eventType)?.IncludeBody ?? false)));
    return bodies.size === 1 ? [...bodies][0] : bodies.size === 0 ? false : 'mixed';
}


/***/ }),

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
/* harmony import */ var _edge_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(9538);
/* harmony import */ var _journal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2588);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(4671);
/* harmony import */ var _plan_read_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1311);
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(31);
/* harmony import */ var _plan_value_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(8738);
/* harmony import */ var _rules_evaluate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(436);
/* harmony import */ var _execute_plan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2583);
/* harmony import */ var _journaled_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2714);
/* harmony import */ var _promote_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2408);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5810);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6915);
















/**
 * What counts as live: the version the slots hold; when they disagree (a deploy that failed
 * part-way without auto-rollback), the newest of them, the one that was being deployed; the
 * alias's when no slot holds a numbered version.
 */
function liveVersion(ctx, snapshots, aliasLive) {
    const versions = (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__/* .liveArns */ .HK)(ctx.cfg, snapshots).flatMap(a => a && (0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .versionOf */ .E4)(a) ? [Number((0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .versionOf */ .E4)(a))] : []);
    return versions.length > 0 ? Math.max(...versions) : aliasLive;
}
/** Every slot holds `v`. */
const allHold = (ctx, snapshots, v) => (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__/* .liveArns */ .HK)(ctx.cfg, snapshots).every(a => a !== null && (0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .versionOf */ .E4)(a) === String(v));
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
const functionName = (given) => (0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .parseFunctionArn */ .x$)(given)?.name ?? given;
/**
 * One function's target: from its journal and the slots, checked against the rules before
 * anything changes: rolling back onto a version CloudFront would reject only trades one outage for
 * another.
 */
async function chooseOne(ctx, spec, snapshots, record) {
    const fctx = { ...ctx, cfg: (0,_plan_read_js__WEBPACK_IMPORTED_MODULE_5__/* .configFor */ .m3)(ctx.cfg, spec) };
    const name = functionName(spec.functionName);
    const j = record.journal;
    const resumed = interruptedRollback(fctx, snapshots, j);
    const live = resumed?.from ?? liveVersion(fctx, snapshots, record.liveVersion);
    const target = resumed ? { version: resumed.version } : chooseTarget(fctx, name, j, live);
    if ('error' in target)
        return { ok: false, error: { errors: [target.error] } };
    const facts = await (0,_aws_lambda_js__WEBPACK_IMPORTED_MODULE_3__/* .readVersionFacts */ ._v)(ctx.clients, name, String(target.version));
    if (!facts.ok)
        return {
            ok: false,
            error: {
                errors: [
                    `Input "rollback-to": version ${target.version} is not a published version of ${name} (${facts.error.code}). Nothing was changed.`
                ]
            }
        };
    const parsed = (0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .parseFunctionArn */ .x$)(facts.value.arn);
    const owner = parsed ? (0,_edge_js__WEBPACK_IMPORTED_MODULE_12__/* .unqualifiedArn */ .X2)(parsed) : (0,_aws_alias_store_js__WEBPACK_IMPORTED_MODULE_0__/* .functionArnOf */ .hs)(record.alias.arn ?? '');
    const recorded = j.body[target.version];
    const includeBody = spec.includeBody ?? (typeof recorded === 'boolean' ? recorded : undefined);
    const verdict = (0,_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_6__/* .evaluate */ ._3)({
        eventType: spec.eventType,
        includeBody: includeBody === true,
        fn: facts.value,
        today: ctx.today
    });
    const version = String(target.version);
    if (verdict.errors > 0)
        return {
            ok: false,
            error: {
                functionArn: owner,
                verdict,
                errors: [
                    `Version ${target.version} breaks Lambda@Edge rules; nothing was changed.`,
                    ...verdict.findings.filter(f => f.severity === 'error').map(_rules_evaluate_js__WEBPACK_IMPORTED_MODULE_6__/* .formatFinding */ .tf)
                ]
            }
        };
    const done = !resumed && allHold(fctx, snapshots, target.version) && (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .isVerified */ .p4)(j, target.version);
    return {
        ok: true,
        value: {
            spec: { ...spec, includeBody },
            name,
            owner,
            record,
            live,
            target: target.version,
            versionArn: `${owner}:${version}`,
            facts: facts.value,
            verdict,
            resumed,
            done
        }
    };
}
const several = (ctx) => ctx.cfg.functions.length > 1;
/** What the report shows before anything happens: the functions, their targets, their verdicts. */
function baseOutcome(ctx, p) {
    const [first] = p.targets;
    const out = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_13__/* .emptyOutcome */ .w)('failed'), functionArn: first?.owner };
    if (!several(ctx))
        return {
            ...out,
            verdict: first?.verdict,
            version: first ? String(first.target) : undefined,
            versionArn: first?.versionArn,
            previousVersions: (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__/* .previousVersions */ .nJ)(ctx.cfg, p.snapshots)
        };
    const verdicts = p.targets.map(t => ({
        functionName: t.name,
        eventType: t.spec.eventType,
        verdict: t.verdict
    }));
    const versions = Object.fromEntries(p.targets.map(t => [t.name, String(t.target)]));
    return { ...out, functionVerdicts: verdicts, versions };
}
/** Reads the distributions and every journal, then decides each function's target. */
async function prepare(ctx) {
    const { cfg, clients } = ctx;
    const failed = (errors, o = {}) => ({
        ended: { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_13__/* .emptyOutcome */ .w)('failed'), ...o, errors }
    });
    const [all, journals] = await Promise.all([
        (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__.readAll)(clients, cfg.distributionIds),
        Promise.all(cfg.functions.map(f => (0,_aws_journal_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readJournal */ .a)(clients, functionName(f.functionName))))
    ]);
    const readErrors = [
        ...all.errors,
        ...journals.flatMap(r => (r.ok ? [] : [(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFailure */ .M3)(r.error)]))
    ];
    if (readErrors.length > 0)
        return failed(readErrors);
    const { snapshots } = all;
    // While a canary is live, rolling back means aborting it (src/modes/promote.ts).
    const canary = await (0,_promote_js__WEBPACK_IMPORTED_MODULE_9__/* .liveCanariesOn */ .S)(ctx, snapshots);
    if (canary.length > 0 && !several(ctx))
        return { canary, snapshots };
    if (canary.length > 0)
        return failed([
            `A canary is live on ${canary.map(c => c.primaryId).join(', ')}: roll it back with one step for its function (mode: rollback, function-name), then roll back the others with "functions".`
        ]);
    const records = journals.flatMap(r => (r.ok ? [r.value] : []));
    const chosen = await Promise.all(cfg.functions.map((f, i) => chooseOne(ctx, f, snapshots, records[i])));
    const refused = chosen.flatMap((c, i) => (c.ok ? [] : [{ c: c.error, f: cfg.functions[i] }]));
    if (refused.length > 0) {
        const errors = refused.flatMap(({ c, f }) => several(ctx) ? c.errors.map(e => `Function ${functionName(f.functionName)}: ${e}`) : c.errors);
        const [one] = refused;
        return failed(errors, {
            previousVersions: several(ctx) ? [] : (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__/* .previousVersions */ .nJ)(cfg, snapshots),
            ...(several(ctx) ? {} : { functionArn: one.c.functionArn, verdict: one.c.verdict })
        });
    }
    const targets = chosen.flatMap(c => (c.ok ? [c.value] : []));
    const built = (0,_plan_value_js__WEBPACK_IMPORTED_MODULE_14__/* .buildPlan */ .Gg)(targets.filter(t => !t.done).map(readOf), snapshots);
    if (!built.ok)
        return failed(built.error.map(r => (0,_plan_render_js__WEBPACK_IMPORTED_MODULE_15__/* .formatRefusal */ .Wl)(r, several(ctx))), several(ctx)
            ? {}
            : { functionArn: targets[0]?.owner, previousVersions: (0,_shared_js__WEBPACK_IMPORTED_MODULE_11__/* .previousVersions */ .nJ)(cfg, snapshots) });
    return { snapshots, targets, plan: built.value };
}
/**
 * Everything is read and checked before the locks are taken, so a refused rollback writes nothing
 * at all; after waiting for another run, it is read and checked again under the locks.
 */
async function rollback(ctx) {
    const first = await prepare(ctx);
    if ('ended' in first)
        return first.ended;
    if ('canary' in first) {
        const name = functionName(ctx.cfg.functionName);
        return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .withLocks */ .X6)(ctx, [name], (0,_outcome_js__WEBPACK_IMPORTED_MODULE_13__/* .emptyOutcome */ .w)('failed'), () => (0,_promote_js__WEBPACK_IMPORTED_MODULE_9__/* .abortLiveCanary */ .j)(ctx, first.snapshots, first.canary, name));
    }
    const base = baseOutcome(ctx, first);
    if (first.targets.every(t => t.done)) {
        for (const t of first.targets)
            ctx.log.info(`Version ${t.target}${several(ctx) ? ` of ${t.name}` : ''} is already live everywhere and verified.`);
        return { ...base, status: 'unchanged' };
    }
    const names = first.targets.filter(t => !t.done).map(t => t.name);
    return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .withLocks */ .X6)(ctx, names, base, async (waited) => {
        const s = waited ? await prepare(ctx) : first;
        if ('ended' in s)
            return s.ended;
        if ('canary' in s)
            return (0,_promote_js__WEBPACK_IMPORTED_MODULE_9__/* .abortLiveCanary */ .j)(ctx, s.snapshots, s.canary, names[0]);
        return apply(ctx, s, baseOutcome(ctx, s));
    });
}
/** The ARN a function's slots get in the plan: the target version (no publish). */
const readOf = (t) => ({
    spec: t.spec,
    arn: t.owner,
    latest: t.facts,
    effective: t.facts,
    codeSha: t.facts.codeSha256 ?? '',
    verdict: t.verdict,
    rollbackTo: t.versionArn
});
const forFunction = (ctx, t) => ({
    ...ctx,
    cfg: (0,_plan_read_js__WEBPACK_IMPORTED_MODULE_5__/* .configFor */ .m3)(ctx.cfg, t.spec)
});
/** Every function's intent, side by side: all in AWS before the first distribution write. */
async function writeIntents(ctx, targets) {
    const written = await Promise.all(targets.map(t => {
        const body = t.spec.includeBody ?? 'mixed';
        return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .writeIntent */ .Ui)(forFunction(ctx, t), t.name, t.record, current => ({
            journal: (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordIntent */ .M8)(current.journal, (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .intentOf */ .oQ)(forFunction(ctx, t), 'rollback', t.target, t.live, body)),
            live: current.liveVersion ?? t.live ?? t.target
        }));
    }));
    return {
        records: written.map(w => w.record),
        errors: written.flatMap(w => (w.error ? [w.error] : []))
    };
}
async function apply(ctx, p, base) {
    const targets = p.targets.filter(t => !t.done);
    const intents = await writeIntents(ctx, targets);
    if (intents.errors.length > 0)
        return { ...base, errors: intents.errors };
    const t1 = ctx.clock.now();
    const written = await (0,_execute_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .writePlan */ .pD)(ctx, p.plan, p.snapshots);
    const resumed = targets.some(t => t.resumed !== undefined);
    let out = { ...base, changes: written.changes, resumed };
    out.timings.updateMs = ctx.clock.now() - t1;
    for (const t of targets.filter(t => t.resumed))
        ctx.log.info(`Version ${t.target}${several(ctx) ? ` of ${t.name}` : ''} already holds every slot after an interrupted rollback: resuming (wait, health check, verdict).`);
    // A function whose slots did not move (a resumed rollback): still watch them, so the wait and
    // the check run and its verdict is recorded.
    if (written.errors.length === 0)
        out = {
            ...out,
            changes: [
                ...out.changes,
                ...(0,_execute_plan_js__WEBPACK_IMPORTED_MODULE_7__/* .unmovedSlots */ .aT)(p.snapshots, targets.map(t => ({
                    spec: t.spec,
                    functionName: t.name,
                    owner: t.owner,
                    from: t.live !== undefined ? `${t.owner}:${t.live}` : t.versionArn,
                    to: t.versionArn
                })), out.changes)
            ]
        };
    if (!several(ctx))
        out = { ...out, changes: out.changes.map(singleShape) };
    const settled = await (0,_settle_js__WEBPACK_IMPORTED_MODULE_10__/* .settle */ .G)(ctx, targets[0].owner, out, written.errors, 'rolled-back');
    await Promise.all(targets.map((t, i) => recordOne(ctx, t, intents.records[i], settled)));
    // settle() undid the rollback itself: that is a failed rollback, whatever it restored.
    if (settled.undone)
        return { ...settled, status: 'failed' };
    if (settled.status === 'cancelled') {
        const notes = targets.map(t => (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .cancelledNote */ .K2)({ ...settled, version: String(t.target), changes: mine(settled, t) }, t.live));
        return { ...settled, liveNote: notes.join('\n'), errors: [...settled.errors, ...notes] };
    }
    return settled;
}
/** A single function's changes keep the single-function shape of the `changes` output. */
const singleShape = ({ functionName: _n, functionArn: _a, ...c }) => c;
/** The changes of one function (a single function's carry no name: they all are its). */
const mine = (o, t) => o.changes.filter(c => c.functionArn === undefined || c.functionArn === t.owner);
/** The journal's verdict on one function's rollback. */
function recordOne(ctx, t, record, settled) {
    return (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .writeVerdict */ .P1)(ctx, t.name, record, current => {
        const j = current.journal;
        const cleared = j.pending?.version === t.target ? { ...j, pending: undefined } : j;
        if (settled.status === 'rolled-back' && !settled.undone) {
            const done = (0,_journal_js__WEBPACK_IMPORTED_MODULE_4__/* .recordRollback */ .Ij)(j, t.live, t.target);
            const withBody = { ...done, body: { ...done.body, [t.target]: (0,_journaled_js__WEBPACK_IMPORTED_MODULE_8__/* .bodyOf */ .EN)(mine(settled, t)) } };
            return { journal: withBody, live: t.target };
        }
        if (settled.status === 'cancelled')
            return { journal: j, live: current.liveVersion ?? t.target };
        return { journal: cleared, live: current.liveVersion ?? t.live ?? t.target };
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
