export const id = 252;
export const ids = [252];
export const modules = {

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
