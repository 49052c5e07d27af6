export const id = 317;
export const ids = [317];
export const modules = {

/***/ 2317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   plan: () => (/* binding */ plan)
/* harmony export */ });
/* harmony import */ var _plan_render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31);
/* harmony import */ var _plan_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8738);
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6915);




function plan(ctx, readings, snapshots, base) {
    const { cfg } = ctx;
    const several = cfg.functions.length > 1;
    const built = (0,_plan_value_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)(readings.map(r => r.read), snapshots);
    if (!built.ok)
        return { ...base, errors: built.error.map(r => (0,_plan_render_js__WEBPACK_IMPORTED_MODULE_2__/* .formatRefusal */ .Wl)(r, several)) };
    return {
        ...base,
        status: 'planned',
        // The version to be published is not known yet: the changes say `next`.
        // The version to be published is not known yet: the changes say `next`. One function's
        // changes keep the single-function shape of the `changes` output (no function name).
        changes: (0,_plan_value_js__WEBPACK_IMPORTED_MODULE_1__/* .slotChanges */ .WR)(built.value).map(({ functionName, functionArn, ...c }) => ({
            ...c,
            ...(several ? { functionName, functionArn } : {}),
            to: c.to === `${functionArn}:${_plan_value_js__WEBPACK_IMPORTED_MODULE_1__/* .NEXT */ .K2}` ? _plan_value_js__WEBPACK_IMPORTED_MODULE_1__/* .NEXT */ .K2 : c.to
        })),
        previousVersions: several ? [] : (0,_shared_js__WEBPACK_IMPORTED_MODULE_0__/* .previousVersions */ .nJ)(cfg, snapshots),
        plan: (0,_plan_render_js__WEBPACK_IMPORTED_MODULE_2__/* .planJson */ .iY)(built.value)
    };
}


/***/ })

};
