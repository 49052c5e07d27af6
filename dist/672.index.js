export const id = 672;
export const ids = [672];
export const modules = {

/***/ 5672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deploy: () => (/* binding */ deploy)
});

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/journal-store.ts
var journal_store = __webpack_require__(1066);
// EXTERNAL MODULE: ./src/edge.ts
var edge = __webpack_require__(9538);
// EXTERNAL MODULE: ./src/journal.ts
var src_journal = __webpack_require__(2588);
// EXTERNAL MODULE: ./src/outcome.ts
var outcome = __webpack_require__(4671);
// EXTERNAL MODULE: ./src/plan/read.ts + 21 modules
var read = __webpack_require__(1311);
// EXTERNAL MODULE: ./src/plan/render.ts
var render = __webpack_require__(31);
// EXTERNAL MODULE: ./src/plan/value.ts
var value = __webpack_require__(8738);
// EXTERNAL MODULE: ./src/result.ts
var result = __webpack_require__(1666);
// EXTERNAL MODULE: ./src/aws/lambda.ts + 16 modules
var lambda = __webpack_require__(6654);
;// CONCATENATED MODULE: ./src/modes/publish.ts
/**
 * Publishing the versions a Plan needs: per function, configuration, then code, then
 * PublishVersion guarded by the code hash and the RevisionId; every function side by side.
 * Nothing live changes here: the slots move only after every publish succeeded.
 */




const CONFIG_FIELDS = ['runtime', 'handler', 'memorySize', 'timeout'];
const configDiffers = (a, b) => CONFIG_FIELDS.some(k => a[k] !== b[k]);
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
        const r = await (0,lambda/* updateConfiguration */.o6)(clients, name, cfg.changes, wait);
        if (!r.ok)
            return { error: (0,errors/* formatFailure */.M3)(r.error) };
        revisionId = r.value;
        changed.push('configuration');
    }
    if (zip && codeSha !== preflight.fn.facts.codeSha256) {
        const r = await (0,lambda/* updateCode */.Px)(clients, name, zip, wait);
        if (!r.ok)
            return failedAfter((0,errors/* formatFailure */.M3)(r.error));
        revisionId = r.value.revisionId;
        changed.push('code');
    }
    const p = await (0,lambda/* publish */.mk)(clients, name, { codeSha256: codeSha || undefined, revisionId }, cfg.description ?? ctx.defaultDescription, wait);
    return p.ok
        ? { version: p.value.version, versionArn: p.value.versionArn }
        : failedAfter((0,errors/* formatFailure */.M3)(p.error));
}
/** Publishes every function that needs a version, side by side: function ARN -> version ARN. */
async function publishAll(ctx, plan, readings) {
    const byArn = new Map(readings.map(r => [r.read.arn, r]));
    const results = await Promise.all((0,value/* toPublish */.vW)(plan).map(async (f) => {
        const r = byArn.get(f.functionArn);
        const p = await publishNew({
            ...ctx,
            cfg: (0,read/* configFor */.m3)(ctx.cfg, r.read.spec),
            preflight: r.preflight,
            defaultDescription: ctx.defaultDescription
        }, r.read.codeSha, r.zip);
        if ('error' in p)
            return {
                arn: f.functionArn,
                error: ctx.cfg.functions.length > 1 ? `${f.functionName}: ${p.error}` : p.error
            };
        ctx.log.info(`Published ${p.versionArn}`);
        return { arn: f.functionArn, versionArn: p.versionArn };
    }));
    const versions = new Map();
    for (const f of plan.functions)
        if (f.version.kind === 'existing')
            versions.set(f.functionArn, f.version.versionArn);
    for (const r of results)
        if (r.versionArn)
            versions.set(r.arn, r.versionArn);
    return { versions, errors: results.flatMap(r => (r.error ? [r.error] : [])) };
}

// EXTERNAL MODULE: ./src/modes/execute-plan.ts
var execute_plan = __webpack_require__(2583);
// EXTERNAL MODULE: ./src/modes/journaled.ts
var journaled = __webpack_require__(2714);
// EXTERNAL MODULE: ./src/modes/settle.ts
var settle = __webpack_require__(5810);
// EXTERNAL MODULE: ./src/modes/canary.ts
var modes_canary = __webpack_require__(6738);
// EXTERNAL MODULE: ./src/modes/shared.ts
var shared = __webpack_require__(6915);
;// CONCATENATED MODULE: ./src/modes/deploy.ts















const several = (ctx) => ctx.cfg.functions.length > 1;
const versionNumber = (arn) => arn.slice(arn.lastIndexOf(':') + 1);
const numbered = (arns) => [
    ...new Set(arns.flatMap(a => (a && (0,edge/* versionOf */.E4)(a) ? [Number((0,edge/* versionOf */.E4)(a))] : [])))
];
/** The Plan value and every function's journal: reads only. */
async function decide(ctx, readings, snapshots) {
    const built = (0,value/* buildPlan */.Gg)(readings.map(r => r.read), snapshots);
    if (!built.ok)
        return (0,result/* err */._)(built.error.map(r => (0,render/* formatRefusal */.Wl)(r, several(ctx))));
    const journals = await Promise.all(readings.map(r => (0,journal_store/* readJournal */.a)(ctx.clients, r.read.latest.name)));
    const failures = journals.flatMap(j => (j.ok ? [] : [(0,errors/* formatFailure */.M3)(j.error)]));
    if (failures.length > 0)
        return (0,result/* err */._)(failures);
    const records = journals.flatMap(j => (j.ok ? [j.value] : []));
    const parts = built.value.functions.map((update, i) => {
        const journal = records[i];
        const live = update.version.kind === 'existing' ? update.version.versionArn : undefined;
        return {
            reading: readings[i],
            update,
            journal,
            done: live !== undefined && (0,src_journal/* isVerified */.p4)(journal.journal, Number((0,edge/* versionOf */.E4)(live)))
        };
    });
    if (ctx.cfg.canary.kind === 'off')
        return (0,result.ok)({ plan: built.value, snapshots, parts });
    const canary = await (0,modes_canary/* prepareCanary */.e)(ctx, snapshots);
    if (!canary.ok)
        return (0,result/* err */._)(canary.error);
    return (0,result.ok)({ plan: built.value, snapshots, parts, canary: canary.value });
}
/** After waiting for another run: the distributions, the functions and the journals again. */
async function decideAgain(ctx, readings) {
    const dists = await (0,shared.readAll)(ctx.clients, ctx.cfg.distributionIds);
    if (dists.errors.length > 0)
        return (0,result/* err */._)(dists.errors);
    const fresh = await (0,read/* rereadFunctions */.tE)(ctx.clients, readings, dists.snapshots);
    if (!fresh.ok)
        return (0,result/* err */._)(fresh.error.map(e => (e.kind === 'aws' ? (0,errors/* formatFailure */.M3)(e.failure) : e.message)));
    return decide(ctx, fresh.value, dists.snapshots);
}
/** The outcome's fields known before any write; one function keeps the single-function shape. */
function startOutcome(ctx, d, base) {
    const out = { ...(0,outcome/* emptyOutcome */.w)('failed'), ...base, timings: {} };
    return several(ctx) ? out : { ...out, previousVersions: (0,shared/* previousVersions */.nJ)(ctx.cfg, d.snapshots) };
}
/** Nothing to do for any function: not even the lock is taken. */
function unchanged(ctx, d, out) {
    const live = d.parts.map(p => p.update.version.kind === 'existing' ? p.update.version.versionArn : '');
    d.parts.forEach((p, i) => ctx.log.info(`Version ${(0,edge/* versionOf */.E4)(live[i])}${several(ctx) ? ` of ${p.update.functionName}` : ''} already holds this code and configuration, is live everywhere and verified: nothing to do.`));
    if (several(ctx))
        return {
            ...out,
            status: 'unchanged',
            versions: Object.fromEntries(d.parts.map((p, i) => [p.update.functionName, (0,edge/* versionOf */.E4)(live[i])]))
        };
    return { ...out, status: 'unchanged', version: (0,edge/* versionOf */.E4)(live[0]), versionArn: live[0] };
}
async function deploy(ctx, readings, snapshots, base) {
    const first = await decide(ctx, readings, snapshots);
    if (!first.ok)
        return { ...base, errors: first.error };
    const out = startOutcome(ctx, first.value, base);
    if (first.value.parts.every(p => p.done))
        return unchanged(ctx, first.value, out);
    const names = first.value.parts.filter(p => !p.done).map(p => p.update.functionName);
    return (0,journaled/* withLocks */.X6)(ctx, names, out, async (waited) => {
        // Another run went first: what it did is the starting point now.
        const d = waited ? await decideAgain(ctx, readings) : first;
        if (!d.ok)
            return { ...out, errors: d.error };
        const now = startOutcome(ctx, d.value, base);
        if (d.value.parts.every(p => p.done))
            return unchanged(ctx, d.value, now);
        return execute(ctx, d.value, now);
    });
}
/**
 * The intent of every function that publishes, side by side, all in AWS before the first
 * distribution write: without them, no write. A function whose version is already live resumes
 * from the journal as it is.
 */
async function writeIntents(ctx, d, versions) {
    const written = await Promise.all(d.parts.map(async (p) => {
        if (p.done || p.update.version.kind !== 'publish')
            return { record: p.journal };
        const fctx = { ...ctx, cfg: (0,read/* configFor */.m3)(ctx.cfg, p.reading.read.spec) };
        const v = Number(versionNumber(versions.get(p.update.functionArn)));
        const before = numbered(d.plan.distributions.flatMap(x => x.slotChanges.filter(c => c.functionArn === p.update.functionArn).map(c => c.from)));
        const body = (0,execute_plan/* bodyAfter */.PZ)(fctx.cfg, d.snapshots);
        return (0,journaled/* writeIntent */.Ui)(fctx, p.update.functionName, p.journal, current => ({
            journal: (0,src_journal/* recordIntent */.M8)(current.journal, (0,journaled/* intentOf */.oQ)(fctx, 'deploy', v, before[0], body)),
            live: current.liveVersion ?? before[0] ?? v
        }));
    }));
    return {
        records: written.map((w, i) => w.record ?? d.parts[i].journal),
        errors: written.flatMap(w => ('error' in w && w.error ? [w.error] : []))
    };
}
async function execute(ctx, d, base) {
    let out = { ...base };
    const t0 = ctx.clock.now();
    const published = await publishAll(ctx, d.plan, d.parts.map(p => p.reading));
    out.timings.publishMs = ctx.clock.now() - t0;
    // A publish changes nothing live: with one failed, no distribution is touched at all.
    if (published.errors.length > 0)
        return { ...out, errors: published.errors };
    const versionArns = d.parts.map(p => published.versions.get(p.update.functionArn));
    out = several(ctx)
        ? {
            ...out,
            versions: Object.fromEntries(d.parts.map((p, i) => [p.update.functionName, versionNumber(versionArns[i])]))
        }
        : { ...out, version: versionNumber(versionArns[0]), versionArn: versionArns[0] };
    const intents = await writeIntents(ctx, d, published.versions);
    if (intents.errors.length > 0)
        return { ...out, errors: intents.errors };
    if (d.canary && d.parts[0].update.version.kind === 'publish')
        return throughCanary(ctx, d, d.canary, intents.records[0], out);
    const t1 = ctx.clock.now();
    const written = await (0,execute_plan/* writePlan */.pD)(ctx, d.plan, d.snapshots, published.versions);
    out.timings.updateMs = ctx.clock.now() - t1;
    out.changes = written.changes;
    if (written.errors.length === 0) {
        const unmoved = watchUnmoved(ctx, d, published.versions, intents.records, out.changes);
        if (unmoved.length > 0)
            out = { ...out, changes: [...out.changes, ...unmoved], resumed: true };
    }
    if ((0,shared/* touchedIds */.fR)(out.changes).length === 0 && written.errors.length === 0)
        return { ...out, status: 'unchanged' };
    if (!several(ctx))
        out = { ...out, changes: out.changes.map(singleShape) };
    const settled = await (0,settle/* settle */.G)(ctx, d.parts[0].update.functionArn, out, written.errors);
    await Promise.all(d.parts.map((p, i) => p.done ? undefined : recordOne(ctx, p, intents.records[i], settled, versionArns[i])));
    if (settled.status !== 'cancelled')
        return settled;
    const notes = d.parts
        .filter(p => !p.done)
        .map(p => explainCancel(settled, p, versionArns[d.parts.indexOf(p)]));
    return { ...settled, liveNote: notes.join('\n'), errors: [...settled.errors, ...notes] };
}
/**
 * A function whose slots already held its version, unverified (a run stopped after its write):
 * its slots are watched, so the wait, the check and the verdict cover it too.
 */
function watchUnmoved(ctx, d, versions, records, changes) {
    const watches = d.parts.flatMap((p, i) => {
        if (p.done)
            return [];
        const to = versions.get(p.update.functionArn);
        const from = resumedFrom(p, records[i], to);
        const { spec } = p.reading.read;
        return [{ spec, functionName: p.update.functionName, owner: p.update.functionArn, from, to }];
    });
    const unmoved = (0,execute_plan/* unmovedSlots */.aT)(d.snapshots, watches, changes);
    for (const w of watches.filter(w => unmoved.some(c => c.functionArn === w.owner)))
        ctx.log.info(`Version ${versionNumber(w.to)}${several(ctx) ? ` of ${w.functionName}` : ''} is already associated everywhere but the journal does not show it verified: resuming (wait for Deployed, health check, verdict).`);
    return unmoved;
}
/** The version a resumed function's slots held before the interrupted run wrote. */
function resumedFrom(p, record, versionArn) {
    const v = Number(versionNumber(versionArn));
    const pending = record.journal.pending;
    return pending?.version === v && pending.from !== undefined
        ? `${p.update.functionArn}:${pending.from}`
        : versionArn;
}
/** A single function's changes keep the single-function shape of the `changes` output. */
const singleShape = ({ functionName: _n, functionArn: _a, ...c }) => c;
/** The changes of one function, made or undone (a single function's carry no name). */
const mine = (o, p) => [...o.changes, ...(o.undone ?? [])].filter(c => c.functionArn === undefined || c.functionArn === p.update.functionArn);
/** After verification (or not): the function's verdict in its journal, and where its alias points. */
function recordOne(ctx, p, record, settled, versionArn, verdict = settled.status === 'deployed'
    ? 'good'
    : settled.status === 'cancelled'
        ? 'cancelled'
        : 'bad', 
// What the slots really held when we wrote (a 412 re-read may have found other versions).
replaced = numbered(mine(settled, p).map(c => c.from))) {
    const v = Number(versionNumber(versionArn));
    const changes = mine(settled, p);
    return (0,journaled/* writeVerdict */.P1)(ctx, p.update.functionName, record, current => {
        const keepLive = current.liveVersion ?? replaced.find(r => r !== v) ?? v;
        if (verdict === 'good')
            return {
                journal: (0,src_journal/* recordVerdict */.p0)(current.journal, v, 'good', { body: (0,journaled/* bodyOf */.EN)(changes), replaced }),
                live: v
            };
        if (verdict === 'cancelled') {
            // The intent stays: a re-run resumes from it.
            const j = (0,src_journal/* recordVerdict */.p0)(current.journal, v, 'cancelled');
            return { journal: { ...j, pending: current.journal.pending }, live: keepLive };
        }
        return { journal: (0,src_journal/* recordVerdict */.p0)(current.journal, v, 'bad'), live: keepLive };
    });
}
/** What a cancelled run leaves live for one function, and what to do about it. */
function explainCancel(o, p, versionArn) {
    const v = Number(versionNumber(versionArn));
    const changes = mine(o, p);
    // A version live before the journal knew of it counts, as it does for the verdict.
    const j = p.journal.journal;
    const replaced = numbered(changes.map(c => c.from)).filter(r => r !== v);
    const unknown = replaced.find(r => !j.bad.includes(r) && !j.cancelled.includes(r));
    const prev = (0,src_journal/* previousGood */.Dp)(j, v) ?? unknown;
    return (0,journaled/* cancelledNote */.K2)({ ...o, version: String(v), changes }, prev);
}
/**
 * The canary path (one function): staging, policy, health check, bake, then promotion
 * (src/modes/canary.ts). The journal's verdict follows the canary's: nothing yet while a manual
 * promotion waits (the intent is cleared: the primaries did not change; `mode: promote` records it).
 */
async function throughCanary(ctx, d, canary, record, out) {
    const p = d.parts[0];
    const published = { version: out.version, versionArn: out.versionArn };
    const before = numbered((0,shared/* liveArns */.HK)((0,read/* configFor */.m3)(ctx.cfg, p.reading.read.spec), d.snapshots));
    const c = await (0,modes_canary/* releaseCanary */.Ui)(ctx, d.snapshots, canary, published, out);
    if (c.record !== 'none') {
        const verdict = c.record === 'success' ? 'good' : 'bad';
        await recordOne(ctx, p, record, c.outcome, published.versionArn, verdict, before);
        return c.outcome;
    }
    const v = Number(published.version);
    await (0,journaled/* writeVerdict */.P1)(ctx, p.update.functionName, record, current => {
        const j = current.journal;
        if (j.pending?.version !== v)
            return undefined;
        return { journal: { ...j, pending: undefined }, live: current.liveVersion ?? before[0] ?? v };
    });
    return c.outcome;
}


/***/ }),

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
