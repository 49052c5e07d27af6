export const id = 669;
export const ids = [669];
export const modules = {

/***/ 5492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ CopyDistributionCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class CopyDistributionCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CopyDistribution", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CopyDistribution$ */ .Glj) {
}


/***/ }),

/***/ 1295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ CreateContinuousDeploymentPolicyCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class CreateContinuousDeploymentPolicyCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "CreateContinuousDeploymentPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .CreateContinuousDeploymentPolicy$ */ .r5g) {
}


/***/ }),

/***/ 9875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ GetContinuousDeploymentPolicyConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class GetContinuousDeploymentPolicyConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "GetContinuousDeploymentPolicyConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .GetContinuousDeploymentPolicyConfig$ */ .v15) {
}


/***/ }),

/***/ 7003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ ListContinuousDeploymentPoliciesCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class ListContinuousDeploymentPoliciesCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "ListContinuousDeploymentPolicies", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .ListContinuousDeploymentPolicies$ */ .hkg) {
}


/***/ }),

/***/ 3048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ UpdateContinuousDeploymentPolicyCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class UpdateContinuousDeploymentPolicyCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "UpdateContinuousDeploymentPolicy", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .UpdateContinuousDeploymentPolicy$ */ .cMG) {
}


/***/ }),

/***/ 1357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ UpdateDistributionWithStagingConfigCommand)
/* harmony export */ });
/* harmony import */ var _commandBuilder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6565);
/* harmony import */ var _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6737);


class UpdateDistributionWithStagingConfigCommand extends (0,_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* .command */ .G5)(_commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._ep0 */ .lq, _commandBuilder__WEBPACK_IMPORTED_MODULE_0__/* ._mw0 */ .yt, "UpdateDistributionWithStagingConfig", _schemas_schemas_0__WEBPACK_IMPORTED_MODULE_1__/* .UpdateDistributionWithStagingConfig$ */ .tv6) {
}


/***/ }),

/***/ 5669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AccessDenied: () => (/* reexport */ errors/* AccessDenied */.Oy),
  AccessDenied$: () => (/* reexport */ schemas_0/* AccessDenied$ */.mGm),
  ActiveTrustedKeyGroups$: () => (/* reexport */ schemas_0/* ActiveTrustedKeyGroups$ */.hDz),
  ActiveTrustedSigners$: () => (/* reexport */ schemas_0/* ActiveTrustedSigners$ */.tbi),
  AliasICPRecordal$: () => (/* reexport */ schemas_0/* AliasICPRecordal$ */.Znd),
  Aliases$: () => (/* reexport */ schemas_0/* Aliases$ */.rRy),
  AllowedMethods$: () => (/* reexport */ schemas_0/* AllowedMethods$ */.l_R),
  AnycastIpList$: () => (/* reexport */ schemas_0/* AnycastIpList$ */.hci),
  AnycastIpListCollection$: () => (/* reexport */ schemas_0/* AnycastIpListCollection$ */.lCp),
  AnycastIpListSummary$: () => (/* reexport */ schemas_0/* AnycastIpListSummary$ */.FPx),
  AssociateAlias$: () => (/* reexport */ schemas_0/* AssociateAlias$ */.pct),
  AssociateAliasCommand: () => (/* reexport */ AssociateAliasCommand),
  AssociateAliasRequest$: () => (/* reexport */ schemas_0/* AssociateAliasRequest$ */.YVS),
  AssociateDistributionTenantWebACL$: () => (/* reexport */ schemas_0/* AssociateDistributionTenantWebACL$ */.PMj),
  AssociateDistributionTenantWebACLCommand: () => (/* reexport */ AssociateDistributionTenantWebACLCommand),
  AssociateDistributionTenantWebACLRequest$: () => (/* reexport */ schemas_0/* AssociateDistributionTenantWebACLRequest$ */.ypt),
  AssociateDistributionTenantWebACLResult$: () => (/* reexport */ schemas_0/* AssociateDistributionTenantWebACLResult$ */.C05),
  AssociateDistributionWebACL$: () => (/* reexport */ schemas_0/* AssociateDistributionWebACL$ */.xnC),
  AssociateDistributionWebACLCommand: () => (/* reexport */ AssociateDistributionWebACLCommand),
  AssociateDistributionWebACLRequest$: () => (/* reexport */ schemas_0/* AssociateDistributionWebACLRequest$ */.g_2),
  AssociateDistributionWebACLResult$: () => (/* reexport */ schemas_0/* AssociateDistributionWebACLResult$ */.UTD),
  BatchTooLarge: () => (/* reexport */ errors/* BatchTooLarge */.y3),
  BatchTooLarge$: () => (/* reexport */ schemas_0/* BatchTooLarge$ */.Iic),
  CNAMEAlreadyExists: () => (/* reexport */ errors/* CNAMEAlreadyExists */.$c),
  CNAMEAlreadyExists$: () => (/* reexport */ schemas_0/* CNAMEAlreadyExists$ */.JEs),
  CaCertificatesBundleS3Location$: () => (/* reexport */ schemas_0/* CaCertificatesBundleS3Location$ */.gVc),
  CaCertificatesBundleSource$: () => (/* reexport */ schemas_0/* CaCertificatesBundleSource$ */.ED_),
  CacheBehavior$: () => (/* reexport */ schemas_0/* CacheBehavior$ */.LjZ),
  CacheBehaviors$: () => (/* reexport */ schemas_0/* CacheBehaviors$ */.cz8),
  CachePolicy$: () => (/* reexport */ schemas_0/* CachePolicy$ */.luA),
  CachePolicyAlreadyExists: () => (/* reexport */ errors/* CachePolicyAlreadyExists */.zx),
  CachePolicyAlreadyExists$: () => (/* reexport */ schemas_0/* CachePolicyAlreadyExists$ */.B7J),
  CachePolicyConfig$: () => (/* reexport */ schemas_0/* CachePolicyConfig$ */.hN5),
  CachePolicyCookieBehavior: () => (/* reexport */ CachePolicyCookieBehavior),
  CachePolicyCookiesConfig$: () => (/* reexport */ schemas_0/* CachePolicyCookiesConfig$ */.a_S),
  CachePolicyHeaderBehavior: () => (/* reexport */ CachePolicyHeaderBehavior),
  CachePolicyHeadersConfig$: () => (/* reexport */ schemas_0/* CachePolicyHeadersConfig$ */.Xyc),
  CachePolicyInUse: () => (/* reexport */ errors/* CachePolicyInUse */.Nz),
  CachePolicyInUse$: () => (/* reexport */ schemas_0/* CachePolicyInUse$ */.Xdl),
  CachePolicyList$: () => (/* reexport */ schemas_0/* CachePolicyList$ */.vbL),
  CachePolicyQueryStringBehavior: () => (/* reexport */ CachePolicyQueryStringBehavior),
  CachePolicyQueryStringsConfig$: () => (/* reexport */ schemas_0/* CachePolicyQueryStringsConfig$ */.nlJ),
  CachePolicySummary$: () => (/* reexport */ schemas_0/* CachePolicySummary$ */.FXF),
  CachePolicyType: () => (/* reexport */ CachePolicyType),
  CacheTagConfig$: () => (/* reexport */ schemas_0/* CacheTagConfig$ */.Xkw),
  CachedMethods$: () => (/* reexport */ schemas_0/* CachedMethods$ */.l2),
  CannotChangeImmutablePublicKeyFields: () => (/* reexport */ errors/* CannotChangeImmutablePublicKeyFields */.HQ),
  CannotChangeImmutablePublicKeyFields$: () => (/* reexport */ schemas_0/* CannotChangeImmutablePublicKeyFields$ */.vvE),
  CannotDeleteEntityWhileInUse: () => (/* reexport */ errors/* CannotDeleteEntityWhileInUse */.Jx),
  CannotDeleteEntityWhileInUse$: () => (/* reexport */ schemas_0/* CannotDeleteEntityWhileInUse$ */.poP),
  CannotUpdateEntityWhileInUse: () => (/* reexport */ errors/* CannotUpdateEntityWhileInUse */.$3),
  CannotUpdateEntityWhileInUse$: () => (/* reexport */ schemas_0/* CannotUpdateEntityWhileInUse$ */.rSU),
  Certificate$: () => (/* reexport */ schemas_0/* Certificate$ */.ctX),
  CertificateSource: () => (/* reexport */ CertificateSource),
  CertificateTransparencyLoggingPreference: () => (/* reexport */ CertificateTransparencyLoggingPreference),
  CloudFront: () => (/* reexport */ CloudFront),
  CloudFrontClient: () => (/* reexport */ CloudFrontClient/* CloudFrontClient */.G),
  CloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentity$ */.Fg1),
  CloudFrontOriginAccessIdentityAlreadyExists: () => (/* reexport */ errors/* CloudFrontOriginAccessIdentityAlreadyExists */.pM),
  CloudFrontOriginAccessIdentityAlreadyExists$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentityAlreadyExists$ */.dpp),
  CloudFrontOriginAccessIdentityConfig$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentityConfig$ */.ryd),
  CloudFrontOriginAccessIdentityInUse: () => (/* reexport */ errors/* CloudFrontOriginAccessIdentityInUse */.n),
  CloudFrontOriginAccessIdentityInUse$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentityInUse$ */.jVf),
  CloudFrontOriginAccessIdentityList$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentityList$ */.$Hp),
  CloudFrontOriginAccessIdentitySummary$: () => (/* reexport */ schemas_0/* CloudFrontOriginAccessIdentitySummary$ */.FbC),
  CloudFrontServiceException: () => (/* reexport */ CloudFrontServiceException/* CloudFrontServiceException */.x),
  CloudFrontServiceException$: () => (/* reexport */ schemas_0/* CloudFrontServiceException$ */.V5e),
  ConflictingAlias$: () => (/* reexport */ schemas_0/* ConflictingAlias$ */.rHR),
  ConflictingAliasesList$: () => (/* reexport */ schemas_0/* ConflictingAliasesList$ */.V4e),
  ConnectionFunctionAssociation$: () => (/* reexport */ schemas_0/* ConnectionFunctionAssociation$ */.krj),
  ConnectionFunctionSummary$: () => (/* reexport */ schemas_0/* ConnectionFunctionSummary$ */.J_W),
  ConnectionFunctionTestResult$: () => (/* reexport */ schemas_0/* ConnectionFunctionTestResult$ */.Y5Y),
  ConnectionGroup$: () => (/* reexport */ schemas_0/* ConnectionGroup$ */.w1J),
  ConnectionGroupAssociationFilter$: () => (/* reexport */ schemas_0/* ConnectionGroupAssociationFilter$ */.RFo),
  ConnectionGroupSummary$: () => (/* reexport */ schemas_0/* ConnectionGroupSummary$ */.iou),
  ConnectionMode: () => (/* reexport */ ConnectionMode),
  ContentTypeProfile$: () => (/* reexport */ schemas_0/* ContentTypeProfile$ */.DXg),
  ContentTypeProfileConfig$: () => (/* reexport */ schemas_0/* ContentTypeProfileConfig$ */.biJ),
  ContentTypeProfiles$: () => (/* reexport */ schemas_0/* ContentTypeProfiles$ */.ySq),
  ContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicy$ */.pO5),
  ContinuousDeploymentPolicyAlreadyExists: () => (/* reexport */ errors/* ContinuousDeploymentPolicyAlreadyExists */.tA),
  ContinuousDeploymentPolicyAlreadyExists$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicyAlreadyExists$ */.N7M),
  ContinuousDeploymentPolicyConfig$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicyConfig$ */.rQl),
  ContinuousDeploymentPolicyInUse: () => (/* reexport */ errors/* ContinuousDeploymentPolicyInUse */.Xe),
  ContinuousDeploymentPolicyInUse$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicyInUse$ */.FOk),
  ContinuousDeploymentPolicyList$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicyList$ */.LJD),
  ContinuousDeploymentPolicySummary$: () => (/* reexport */ schemas_0/* ContinuousDeploymentPolicySummary$ */.Bjf),
  ContinuousDeploymentPolicyType: () => (/* reexport */ ContinuousDeploymentPolicyType),
  ContinuousDeploymentSingleHeaderConfig$: () => (/* reexport */ schemas_0/* ContinuousDeploymentSingleHeaderConfig$ */.KLY),
  ContinuousDeploymentSingleWeightConfig$: () => (/* reexport */ schemas_0/* ContinuousDeploymentSingleWeightConfig$ */.dcN),
  CookieNames$: () => (/* reexport */ schemas_0/* CookieNames$ */.pZu),
  CookiePreference$: () => (/* reexport */ schemas_0/* CookiePreference$ */.m$U),
  CopyDistribution$: () => (/* reexport */ schemas_0/* CopyDistribution$ */.Glj),
  CopyDistributionCommand: () => (/* reexport */ CopyDistributionCommand/* CopyDistributionCommand */.L),
  CopyDistributionRequest$: () => (/* reexport */ schemas_0/* CopyDistributionRequest$ */.dwR),
  CopyDistributionResult$: () => (/* reexport */ schemas_0/* CopyDistributionResult$ */.lK2),
  CreateAnycastIpList$: () => (/* reexport */ schemas_0/* CreateAnycastIpList$ */.TnC),
  CreateAnycastIpListCommand: () => (/* reexport */ CreateAnycastIpListCommand),
  CreateAnycastIpListRequest$: () => (/* reexport */ schemas_0/* CreateAnycastIpListRequest$ */.E1t),
  CreateAnycastIpListResult$: () => (/* reexport */ schemas_0/* CreateAnycastIpListResult$ */.Qy6),
  CreateCachePolicy$: () => (/* reexport */ schemas_0/* CreateCachePolicy$ */.bNr),
  CreateCachePolicyCommand: () => (/* reexport */ CreateCachePolicyCommand),
  CreateCachePolicyRequest$: () => (/* reexport */ schemas_0/* CreateCachePolicyRequest$ */.ygl),
  CreateCachePolicyResult$: () => (/* reexport */ schemas_0/* CreateCachePolicyResult$ */.SDW),
  CreateCloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* CreateCloudFrontOriginAccessIdentity$ */.Ryf),
  CreateCloudFrontOriginAccessIdentityCommand: () => (/* reexport */ CreateCloudFrontOriginAccessIdentityCommand),
  CreateCloudFrontOriginAccessIdentityRequest$: () => (/* reexport */ schemas_0/* CreateCloudFrontOriginAccessIdentityRequest$ */.Kup),
  CreateCloudFrontOriginAccessIdentityResult$: () => (/* reexport */ schemas_0/* CreateCloudFrontOriginAccessIdentityResult$ */.o6_),
  CreateConnectionFunction$: () => (/* reexport */ schemas_0/* CreateConnectionFunction$ */.VhF),
  CreateConnectionFunctionCommand: () => (/* reexport */ CreateConnectionFunctionCommand),
  CreateConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* CreateConnectionFunctionRequest$ */.ShS),
  CreateConnectionFunctionResult$: () => (/* reexport */ schemas_0/* CreateConnectionFunctionResult$ */.Yvy),
  CreateConnectionGroup$: () => (/* reexport */ schemas_0/* CreateConnectionGroup$ */.MX5),
  CreateConnectionGroupCommand: () => (/* reexport */ CreateConnectionGroupCommand),
  CreateConnectionGroupRequest$: () => (/* reexport */ schemas_0/* CreateConnectionGroupRequest$ */.r2O),
  CreateConnectionGroupResult$: () => (/* reexport */ schemas_0/* CreateConnectionGroupResult$ */.pD7),
  CreateContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* CreateContinuousDeploymentPolicy$ */.r5g),
  CreateContinuousDeploymentPolicyCommand: () => (/* reexport */ CreateContinuousDeploymentPolicyCommand/* CreateContinuousDeploymentPolicyCommand */.A),
  CreateContinuousDeploymentPolicyRequest$: () => (/* reexport */ schemas_0/* CreateContinuousDeploymentPolicyRequest$ */.Edt),
  CreateContinuousDeploymentPolicyResult$: () => (/* reexport */ schemas_0/* CreateContinuousDeploymentPolicyResult$ */.aP0),
  CreateDistribution$: () => (/* reexport */ schemas_0/* CreateDistribution$ */.FaB),
  CreateDistributionCommand: () => (/* reexport */ CreateDistributionCommand),
  CreateDistributionRequest$: () => (/* reexport */ schemas_0/* CreateDistributionRequest$ */.M7J),
  CreateDistributionResult$: () => (/* reexport */ schemas_0/* CreateDistributionResult$ */.anZ),
  CreateDistributionTenant$: () => (/* reexport */ schemas_0/* CreateDistributionTenant$ */.lQ),
  CreateDistributionTenantCommand: () => (/* reexport */ CreateDistributionTenantCommand),
  CreateDistributionTenantRequest$: () => (/* reexport */ schemas_0/* CreateDistributionTenantRequest$ */.cLS),
  CreateDistributionTenantResult$: () => (/* reexport */ schemas_0/* CreateDistributionTenantResult$ */.Ygy),
  CreateDistributionWithTags$: () => (/* reexport */ schemas_0/* CreateDistributionWithTags$ */.y7m),
  CreateDistributionWithTagsCommand: () => (/* reexport */ CreateDistributionWithTagsCommand),
  CreateDistributionWithTagsRequest$: () => (/* reexport */ schemas_0/* CreateDistributionWithTagsRequest$ */.Bou),
  CreateDistributionWithTagsResult$: () => (/* reexport */ schemas_0/* CreateDistributionWithTagsResult$ */.vXz),
  CreateFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionConfig$ */.Oy5),
  CreateFieldLevelEncryptionConfigCommand: () => (/* reexport */ CreateFieldLevelEncryptionConfigCommand),
  CreateFieldLevelEncryptionConfigRequest$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionConfigRequest$ */.T6A),
  CreateFieldLevelEncryptionConfigResult$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionConfigResult$ */.fg0),
  CreateFieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionProfile$ */.Jqj),
  CreateFieldLevelEncryptionProfileCommand: () => (/* reexport */ CreateFieldLevelEncryptionProfileCommand),
  CreateFieldLevelEncryptionProfileRequest$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionProfileRequest$ */.clh),
  CreateFieldLevelEncryptionProfileResult$: () => (/* reexport */ schemas_0/* CreateFieldLevelEncryptionProfileResult$ */.qBe),
  CreateFunction$: () => (/* reexport */ schemas_0/* CreateFunction$ */.L0M),
  CreateFunctionCommand: () => (/* reexport */ CreateFunctionCommand),
  CreateFunctionRequest$: () => (/* reexport */ schemas_0/* CreateFunctionRequest$ */.UM),
  CreateFunctionResult$: () => (/* reexport */ schemas_0/* CreateFunctionResult$ */.kN5),
  CreateInvalidation$: () => (/* reexport */ schemas_0/* CreateInvalidation$ */.VpD),
  CreateInvalidationCommand: () => (/* reexport */ CreateInvalidationCommand),
  CreateInvalidationForDistributionTenant$: () => (/* reexport */ schemas_0/* CreateInvalidationForDistributionTenant$ */._FQ),
  CreateInvalidationForDistributionTenantCommand: () => (/* reexport */ CreateInvalidationForDistributionTenantCommand),
  CreateInvalidationForDistributionTenantRequest$: () => (/* reexport */ schemas_0/* CreateInvalidationForDistributionTenantRequest$ */.hEo),
  CreateInvalidationForDistributionTenantResult$: () => (/* reexport */ schemas_0/* CreateInvalidationForDistributionTenantResult$ */.TZH),
  CreateInvalidationRequest$: () => (/* reexport */ schemas_0/* CreateInvalidationRequest$ */.iLq),
  CreateInvalidationResult$: () => (/* reexport */ schemas_0/* CreateInvalidationResult$ */.GOZ),
  CreateKeyGroup$: () => (/* reexport */ schemas_0/* CreateKeyGroup$ */.rNo),
  CreateKeyGroupCommand: () => (/* reexport */ CreateKeyGroupCommand),
  CreateKeyGroupRequest$: () => (/* reexport */ schemas_0/* CreateKeyGroupRequest$ */.GsV),
  CreateKeyGroupResult$: () => (/* reexport */ schemas_0/* CreateKeyGroupResult$ */.k4U),
  CreateKeyValueStore$: () => (/* reexport */ schemas_0/* CreateKeyValueStore$ */.yhA),
  CreateKeyValueStoreCommand: () => (/* reexport */ CreateKeyValueStoreCommand),
  CreateKeyValueStoreRequest$: () => (/* reexport */ schemas_0/* CreateKeyValueStoreRequest$ */.LJX),
  CreateKeyValueStoreResult$: () => (/* reexport */ schemas_0/* CreateKeyValueStoreResult$ */.Djk),
  CreateMonitoringSubscription$: () => (/* reexport */ schemas_0/* CreateMonitoringSubscription$ */.mFW),
  CreateMonitoringSubscriptionCommand: () => (/* reexport */ CreateMonitoringSubscriptionCommand),
  CreateMonitoringSubscriptionRequest$: () => (/* reexport */ schemas_0/* CreateMonitoringSubscriptionRequest$ */.j3G),
  CreateMonitoringSubscriptionResult$: () => (/* reexport */ schemas_0/* CreateMonitoringSubscriptionResult$ */.rPn),
  CreateOriginAccessControl$: () => (/* reexport */ schemas_0/* CreateOriginAccessControl$ */.idR),
  CreateOriginAccessControlCommand: () => (/* reexport */ CreateOriginAccessControlCommand),
  CreateOriginAccessControlRequest$: () => (/* reexport */ schemas_0/* CreateOriginAccessControlRequest$ */.Rg7),
  CreateOriginAccessControlResult$: () => (/* reexport */ schemas_0/* CreateOriginAccessControlResult$ */.ZKw),
  CreateOriginRequestPolicy$: () => (/* reexport */ schemas_0/* CreateOriginRequestPolicy$ */.ajW),
  CreateOriginRequestPolicyCommand: () => (/* reexport */ CreateOriginRequestPolicyCommand),
  CreateOriginRequestPolicyRequest$: () => (/* reexport */ schemas_0/* CreateOriginRequestPolicyRequest$ */.b7V),
  CreateOriginRequestPolicyResult$: () => (/* reexport */ schemas_0/* CreateOriginRequestPolicyResult$ */.FCv),
  CreatePublicKey$: () => (/* reexport */ schemas_0/* CreatePublicKey$ */.pAv),
  CreatePublicKeyCommand: () => (/* reexport */ CreatePublicKeyCommand),
  CreatePublicKeyRequest$: () => (/* reexport */ schemas_0/* CreatePublicKeyRequest$ */.Cy0),
  CreatePublicKeyResult$: () => (/* reexport */ schemas_0/* CreatePublicKeyResult$ */.u5J),
  CreateRealtimeLogConfig$: () => (/* reexport */ schemas_0/* CreateRealtimeLogConfig$ */.MTz),
  CreateRealtimeLogConfigCommand: () => (/* reexport */ CreateRealtimeLogConfigCommand),
  CreateRealtimeLogConfigRequest$: () => (/* reexport */ schemas_0/* CreateRealtimeLogConfigRequest$ */.fSS),
  CreateRealtimeLogConfigResult$: () => (/* reexport */ schemas_0/* CreateRealtimeLogConfigResult$ */.zcL),
  CreateResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* CreateResponseHeadersPolicy$ */.Oxf),
  CreateResponseHeadersPolicyCommand: () => (/* reexport */ CreateResponseHeadersPolicyCommand),
  CreateResponseHeadersPolicyRequest$: () => (/* reexport */ schemas_0/* CreateResponseHeadersPolicyRequest$ */.D3B),
  CreateResponseHeadersPolicyResult$: () => (/* reexport */ schemas_0/* CreateResponseHeadersPolicyResult$ */.xQ1),
  CreateStreamingDistribution$: () => (/* reexport */ schemas_0/* CreateStreamingDistribution$ */.HqF),
  CreateStreamingDistributionCommand: () => (/* reexport */ CreateStreamingDistributionCommand),
  CreateStreamingDistributionRequest$: () => (/* reexport */ schemas_0/* CreateStreamingDistributionRequest$ */.k2V),
  CreateStreamingDistributionResult$: () => (/* reexport */ schemas_0/* CreateStreamingDistributionResult$ */.kDo),
  CreateStreamingDistributionWithTags$: () => (/* reexport */ schemas_0/* CreateStreamingDistributionWithTags$ */.GSO),
  CreateStreamingDistributionWithTagsCommand: () => (/* reexport */ CreateStreamingDistributionWithTagsCommand),
  CreateStreamingDistributionWithTagsRequest$: () => (/* reexport */ schemas_0/* CreateStreamingDistributionWithTagsRequest$ */.Bn_),
  CreateStreamingDistributionWithTagsResult$: () => (/* reexport */ schemas_0/* CreateStreamingDistributionWithTagsResult$ */.b0e),
  CreateTrustStore$: () => (/* reexport */ schemas_0/* CreateTrustStore$ */._vU),
  CreateTrustStoreCommand: () => (/* reexport */ CreateTrustStoreCommand),
  CreateTrustStoreRequest$: () => (/* reexport */ schemas_0/* CreateTrustStoreRequest$ */.lY5),
  CreateTrustStoreResult$: () => (/* reexport */ schemas_0/* CreateTrustStoreResult$ */.j$n),
  CreateVpcOrigin$: () => (/* reexport */ schemas_0/* CreateVpcOrigin$ */.yDK),
  CreateVpcOriginCommand: () => (/* reexport */ CreateVpcOriginCommand),
  CreateVpcOriginRequest$: () => (/* reexport */ schemas_0/* CreateVpcOriginRequest$ */.L9z),
  CreateVpcOriginResult$: () => (/* reexport */ schemas_0/* CreateVpcOriginResult$ */.VCv),
  CustomErrorResponse$: () => (/* reexport */ schemas_0/* CustomErrorResponse$ */.H3_),
  CustomErrorResponses$: () => (/* reexport */ schemas_0/* CustomErrorResponses$ */.wJP),
  CustomHeaders$: () => (/* reexport */ schemas_0/* CustomHeaders$ */.Com),
  CustomOriginConfig$: () => (/* reexport */ schemas_0/* CustomOriginConfig$ */.oMJ),
  CustomizationActionType: () => (/* reexport */ CustomizationActionType),
  Customizations$: () => (/* reexport */ schemas_0/* Customizations$ */.Fgd),
  DefaultCacheBehavior$: () => (/* reexport */ schemas_0/* DefaultCacheBehavior$ */.uXv),
  DeleteAnycastIpList$: () => (/* reexport */ schemas_0/* DeleteAnycastIpList$ */.QmQ),
  DeleteAnycastIpListCommand: () => (/* reexport */ DeleteAnycastIpListCommand),
  DeleteAnycastIpListRequest$: () => (/* reexport */ schemas_0/* DeleteAnycastIpListRequest$ */.j9O),
  DeleteCachePolicy$: () => (/* reexport */ schemas_0/* DeleteCachePolicy$ */._t1),
  DeleteCachePolicyCommand: () => (/* reexport */ DeleteCachePolicyCommand),
  DeleteCachePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteCachePolicyRequest$ */.JqP),
  DeleteCloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* DeleteCloudFrontOriginAccessIdentity$ */.qAR),
  DeleteCloudFrontOriginAccessIdentityCommand: () => (/* reexport */ DeleteCloudFrontOriginAccessIdentityCommand),
  DeleteCloudFrontOriginAccessIdentityRequest$: () => (/* reexport */ schemas_0/* DeleteCloudFrontOriginAccessIdentityRequest$ */.Lqi),
  DeleteConnectionFunction$: () => (/* reexport */ schemas_0/* DeleteConnectionFunction$ */.o0S),
  DeleteConnectionFunctionCommand: () => (/* reexport */ DeleteConnectionFunctionCommand),
  DeleteConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* DeleteConnectionFunctionRequest$ */.pg8),
  DeleteConnectionGroup$: () => (/* reexport */ schemas_0/* DeleteConnectionGroup$ */.DWH),
  DeleteConnectionGroupCommand: () => (/* reexport */ DeleteConnectionGroupCommand),
  DeleteConnectionGroupRequest$: () => (/* reexport */ schemas_0/* DeleteConnectionGroupRequest$ */.m50),
  DeleteContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* DeleteContinuousDeploymentPolicy$ */.cVD),
  DeleteContinuousDeploymentPolicyCommand: () => (/* reexport */ DeleteContinuousDeploymentPolicyCommand),
  DeleteContinuousDeploymentPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteContinuousDeploymentPolicyRequest$ */.zY2),
  DeleteDistribution$: () => (/* reexport */ schemas_0/* DeleteDistribution$ */.A$J),
  DeleteDistributionCommand: () => (/* reexport */ DeleteDistributionCommand),
  DeleteDistributionRequest$: () => (/* reexport */ schemas_0/* DeleteDistributionRequest$ */.P2$),
  DeleteDistributionTenant$: () => (/* reexport */ schemas_0/* DeleteDistributionTenant$ */.Sa3),
  DeleteDistributionTenantCommand: () => (/* reexport */ DeleteDistributionTenantCommand),
  DeleteDistributionTenantRequest$: () => (/* reexport */ schemas_0/* DeleteDistributionTenantRequest$ */.dJh),
  DeleteFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* DeleteFieldLevelEncryptionConfig$ */.TjH),
  DeleteFieldLevelEncryptionConfigCommand: () => (/* reexport */ DeleteFieldLevelEncryptionConfigCommand),
  DeleteFieldLevelEncryptionConfigRequest$: () => (/* reexport */ schemas_0/* DeleteFieldLevelEncryptionConfigRequest$ */.AF6),
  DeleteFieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* DeleteFieldLevelEncryptionProfile$ */.ihZ),
  DeleteFieldLevelEncryptionProfileCommand: () => (/* reexport */ DeleteFieldLevelEncryptionProfileCommand),
  DeleteFieldLevelEncryptionProfileRequest$: () => (/* reexport */ schemas_0/* DeleteFieldLevelEncryptionProfileRequest$ */.dUA),
  DeleteFunction$: () => (/* reexport */ schemas_0/* DeleteFunction$ */.m1q),
  DeleteFunctionCommand: () => (/* reexport */ DeleteFunctionCommand),
  DeleteFunctionRequest$: () => (/* reexport */ schemas_0/* DeleteFunctionRequest$ */.Bw),
  DeleteKeyGroup$: () => (/* reexport */ schemas_0/* DeleteKeyGroup$ */.i2R),
  DeleteKeyGroupCommand: () => (/* reexport */ DeleteKeyGroupCommand),
  DeleteKeyGroupRequest$: () => (/* reexport */ schemas_0/* DeleteKeyGroupRequest$ */.PAr),
  DeleteKeyValueStore$: () => (/* reexport */ schemas_0/* DeleteKeyValueStore$ */.ty6),
  DeleteKeyValueStoreCommand: () => (/* reexport */ DeleteKeyValueStoreCommand),
  DeleteKeyValueStoreRequest$: () => (/* reexport */ schemas_0/* DeleteKeyValueStoreRequest$ */.Mfi),
  DeleteMonitoringSubscription$: () => (/* reexport */ schemas_0/* DeleteMonitoringSubscription$ */.b8v),
  DeleteMonitoringSubscriptionCommand: () => (/* reexport */ DeleteMonitoringSubscriptionCommand),
  DeleteMonitoringSubscriptionRequest$: () => (/* reexport */ schemas_0/* DeleteMonitoringSubscriptionRequest$ */.MaT),
  DeleteMonitoringSubscriptionResult$: () => (/* reexport */ schemas_0/* DeleteMonitoringSubscriptionResult$ */.qyD),
  DeleteOriginAccessControl$: () => (/* reexport */ schemas_0/* DeleteOriginAccessControl$ */.pCn),
  DeleteOriginAccessControlCommand: () => (/* reexport */ DeleteOriginAccessControlCommand),
  DeleteOriginAccessControlRequest$: () => (/* reexport */ schemas_0/* DeleteOriginAccessControlRequest$ */.sLw),
  DeleteOriginRequestPolicy$: () => (/* reexport */ schemas_0/* DeleteOriginRequestPolicy$ */.Ns_),
  DeleteOriginRequestPolicyCommand: () => (/* reexport */ DeleteOriginRequestPolicyCommand),
  DeleteOriginRequestPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteOriginRequestPolicyRequest$ */.agd),
  DeletePublicKey$: () => (/* reexport */ schemas_0/* DeletePublicKey$ */.GDo),
  DeletePublicKeyCommand: () => (/* reexport */ DeletePublicKeyCommand),
  DeletePublicKeyRequest$: () => (/* reexport */ schemas_0/* DeletePublicKeyRequest$ */.RiK),
  DeleteRealtimeLogConfig$: () => (/* reexport */ schemas_0/* DeleteRealtimeLogConfig$ */.XEM),
  DeleteRealtimeLogConfigCommand: () => (/* reexport */ DeleteRealtimeLogConfigCommand),
  DeleteRealtimeLogConfigRequest$: () => (/* reexport */ schemas_0/* DeleteRealtimeLogConfigRequest$ */.Mw5),
  DeleteResourcePolicy$: () => (/* reexport */ schemas_0/* DeleteResourcePolicy$ */.cfZ),
  DeleteResourcePolicyCommand: () => (/* reexport */ DeleteResourcePolicyCommand),
  DeleteResourcePolicyRequest$: () => (/* reexport */ schemas_0/* DeleteResourcePolicyRequest$ */.ra$),
  DeleteResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* DeleteResponseHeadersPolicy$ */.DVd),
  DeleteResponseHeadersPolicyCommand: () => (/* reexport */ DeleteResponseHeadersPolicyCommand),
  DeleteResponseHeadersPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteResponseHeadersPolicyRequest$ */.qWx),
  DeleteStreamingDistribution$: () => (/* reexport */ schemas_0/* DeleteStreamingDistribution$ */.KIe),
  DeleteStreamingDistributionCommand: () => (/* reexport */ DeleteStreamingDistributionCommand),
  DeleteStreamingDistributionRequest$: () => (/* reexport */ schemas_0/* DeleteStreamingDistributionRequest$ */.fs3),
  DeleteTrustStore$: () => (/* reexport */ schemas_0/* DeleteTrustStore$ */.ddw),
  DeleteTrustStoreCommand: () => (/* reexport */ DeleteTrustStoreCommand),
  DeleteTrustStoreRequest$: () => (/* reexport */ schemas_0/* DeleteTrustStoreRequest$ */.mDo),
  DeleteVpcOrigin$: () => (/* reexport */ schemas_0/* DeleteVpcOrigin$ */.jdu),
  DeleteVpcOriginCommand: () => (/* reexport */ DeleteVpcOriginCommand),
  DeleteVpcOriginRequest$: () => (/* reexport */ schemas_0/* DeleteVpcOriginRequest$ */.COk),
  DeleteVpcOriginResult$: () => (/* reexport */ schemas_0/* DeleteVpcOriginResult$ */.kOF),
  DescribeConnectionFunction$: () => (/* reexport */ schemas_0/* DescribeConnectionFunction$ */.GkI),
  DescribeConnectionFunctionCommand: () => (/* reexport */ DescribeConnectionFunctionCommand),
  DescribeConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* DescribeConnectionFunctionRequest$ */.dBq),
  DescribeConnectionFunctionResult$: () => (/* reexport */ schemas_0/* DescribeConnectionFunctionResult$ */.rQS),
  DescribeFunction$: () => (/* reexport */ schemas_0/* DescribeFunction$ */.M9_),
  DescribeFunctionCommand: () => (/* reexport */ DescribeFunctionCommand),
  DescribeFunctionRequest$: () => (/* reexport */ schemas_0/* DescribeFunctionRequest$ */.j2M),
  DescribeFunctionResult$: () => (/* reexport */ schemas_0/* DescribeFunctionResult$ */.BF1),
  DescribeKeyValueStore$: () => (/* reexport */ schemas_0/* DescribeKeyValueStore$ */.FBP),
  DescribeKeyValueStoreCommand: () => (/* reexport */ DescribeKeyValueStoreCommand),
  DescribeKeyValueStoreRequest$: () => (/* reexport */ schemas_0/* DescribeKeyValueStoreRequest$ */.Cdh),
  DescribeKeyValueStoreResult$: () => (/* reexport */ schemas_0/* DescribeKeyValueStoreResult$ */.k16),
  DisassociateDistributionTenantWebACL$: () => (/* reexport */ schemas_0/* DisassociateDistributionTenantWebACL$ */.Tvs),
  DisassociateDistributionTenantWebACLCommand: () => (/* reexport */ DisassociateDistributionTenantWebACLCommand),
  DisassociateDistributionTenantWebACLRequest$: () => (/* reexport */ schemas_0/* DisassociateDistributionTenantWebACLRequest$ */.OEv),
  DisassociateDistributionTenantWebACLResult$: () => (/* reexport */ schemas_0/* DisassociateDistributionTenantWebACLResult$ */.Ess),
  DisassociateDistributionWebACL$: () => (/* reexport */ schemas_0/* DisassociateDistributionWebACL$ */.li1),
  DisassociateDistributionWebACLCommand: () => (/* reexport */ DisassociateDistributionWebACLCommand),
  DisassociateDistributionWebACLRequest$: () => (/* reexport */ schemas_0/* DisassociateDistributionWebACLRequest$ */.cxL),
  DisassociateDistributionWebACLResult$: () => (/* reexport */ schemas_0/* DisassociateDistributionWebACLResult$ */.W3K),
  Distribution$: () => (/* reexport */ schemas_0/* Distribution$ */.LlH),
  DistributionAlreadyExists: () => (/* reexport */ errors/* DistributionAlreadyExists */.jn),
  DistributionAlreadyExists$: () => (/* reexport */ schemas_0/* DistributionAlreadyExists$ */.HaZ),
  DistributionConfig$: () => (/* reexport */ schemas_0/* DistributionConfig$ */.xnZ),
  DistributionConfigWithTags$: () => (/* reexport */ schemas_0/* DistributionConfigWithTags$ */.MHi),
  DistributionIdList$: () => (/* reexport */ schemas_0/* DistributionIdList$ */.wqG),
  DistributionIdOwner$: () => (/* reexport */ schemas_0/* DistributionIdOwner$ */.xnq),
  DistributionIdOwnerList$: () => (/* reexport */ schemas_0/* DistributionIdOwnerList$ */.Jrg),
  DistributionList$: () => (/* reexport */ schemas_0/* DistributionList$ */.Rox),
  DistributionNotDisabled: () => (/* reexport */ errors/* DistributionNotDisabled */.Qd),
  DistributionNotDisabled$: () => (/* reexport */ schemas_0/* DistributionNotDisabled$ */.QXu),
  DistributionResourceId$: () => (/* reexport */ schemas_0/* DistributionResourceId$ */.q97),
  DistributionResourceType: () => (/* reexport */ DistributionResourceType),
  DistributionSummary$: () => (/* reexport */ schemas_0/* DistributionSummary$ */.ppT),
  DistributionTenant$: () => (/* reexport */ schemas_0/* DistributionTenant$ */.DJI),
  DistributionTenantAssociationFilter$: () => (/* reexport */ schemas_0/* DistributionTenantAssociationFilter$ */.ysr),
  DistributionTenantSummary$: () => (/* reexport */ schemas_0/* DistributionTenantSummary$ */.p7N),
  DnsConfiguration$: () => (/* reexport */ schemas_0/* DnsConfiguration$ */.gIM),
  DnsConfigurationStatus: () => (/* reexport */ DnsConfigurationStatus),
  DomainConflict$: () => (/* reexport */ schemas_0/* DomainConflict$ */.Hfn),
  DomainItem$: () => (/* reexport */ schemas_0/* DomainItem$ */.uNq),
  DomainResult$: () => (/* reexport */ schemas_0/* DomainResult$ */.QF_),
  DomainStatus: () => (/* reexport */ DomainStatus),
  EncryptionEntities$: () => (/* reexport */ schemas_0/* EncryptionEntities$ */.Z4u),
  EncryptionEntity$: () => (/* reexport */ schemas_0/* EncryptionEntity$ */.Lj0),
  EndPoint$: () => (/* reexport */ schemas_0/* EndPoint$ */.uEc),
  EntityAlreadyExists: () => (/* reexport */ errors/* EntityAlreadyExists */.ax),
  EntityAlreadyExists$: () => (/* reexport */ schemas_0/* EntityAlreadyExists$ */.urb),
  EntityLimitExceeded: () => (/* reexport */ errors/* EntityLimitExceeded */.MJ),
  EntityLimitExceeded$: () => (/* reexport */ schemas_0/* EntityLimitExceeded$ */.GQE),
  EntityNotFound: () => (/* reexport */ errors/* EntityNotFound */.Lj),
  EntityNotFound$: () => (/* reexport */ schemas_0/* EntityNotFound$ */.nmg),
  EntitySizeLimitExceeded: () => (/* reexport */ errors/* EntitySizeLimitExceeded */.Bp),
  EntitySizeLimitExceeded$: () => (/* reexport */ schemas_0/* EntitySizeLimitExceeded$ */.jlA),
  EventType: () => (/* reexport */ EventType),
  FieldLevelEncryption$: () => (/* reexport */ schemas_0/* FieldLevelEncryption$ */._pB),
  FieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionConfig$ */.EdS),
  FieldLevelEncryptionConfigAlreadyExists: () => (/* reexport */ errors/* FieldLevelEncryptionConfigAlreadyExists */.Y9),
  FieldLevelEncryptionConfigAlreadyExists$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionConfigAlreadyExists$ */.wTM),
  FieldLevelEncryptionConfigInUse: () => (/* reexport */ errors/* FieldLevelEncryptionConfigInUse */.II),
  FieldLevelEncryptionConfigInUse$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionConfigInUse$ */.g8g),
  FieldLevelEncryptionList$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionList$ */.A0h),
  FieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfile$ */.DDX),
  FieldLevelEncryptionProfileAlreadyExists: () => (/* reexport */ errors/* FieldLevelEncryptionProfileAlreadyExists */.vr),
  FieldLevelEncryptionProfileAlreadyExists$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileAlreadyExists$ */.B31),
  FieldLevelEncryptionProfileConfig$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileConfig$ */.jW7),
  FieldLevelEncryptionProfileInUse: () => (/* reexport */ errors/* FieldLevelEncryptionProfileInUse */.JJ),
  FieldLevelEncryptionProfileInUse$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileInUse$ */.lyz),
  FieldLevelEncryptionProfileList$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileList$ */.JGV),
  FieldLevelEncryptionProfileSizeExceeded: () => (/* reexport */ errors/* FieldLevelEncryptionProfileSizeExceeded */.pP),
  FieldLevelEncryptionProfileSizeExceeded$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileSizeExceeded$ */.bp6),
  FieldLevelEncryptionProfileSummary$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionProfileSummary$ */.$eb),
  FieldLevelEncryptionSummary$: () => (/* reexport */ schemas_0/* FieldLevelEncryptionSummary$ */.GZw),
  FieldPatterns$: () => (/* reexport */ schemas_0/* FieldPatterns$ */.quR),
  Format: () => (/* reexport */ Format),
  ForwardedValues$: () => (/* reexport */ schemas_0/* ForwardedValues$ */.nyC),
  FrameOptionsList: () => (/* reexport */ FrameOptionsList),
  FunctionAlreadyExists: () => (/* reexport */ errors/* FunctionAlreadyExists */.$A),
  FunctionAlreadyExists$: () => (/* reexport */ schemas_0/* FunctionAlreadyExists$ */.JMZ),
  FunctionAssociation$: () => (/* reexport */ schemas_0/* FunctionAssociation$ */.gPE),
  FunctionAssociations$: () => (/* reexport */ schemas_0/* FunctionAssociations$ */.DO6),
  FunctionConfig$: () => (/* reexport */ schemas_0/* FunctionConfig$ */.Ven),
  FunctionInUse: () => (/* reexport */ errors/* FunctionInUse */.DF),
  FunctionInUse$: () => (/* reexport */ schemas_0/* FunctionInUse$ */.D2X),
  FunctionList$: () => (/* reexport */ schemas_0/* FunctionList$ */.$Uq),
  FunctionMetadata$: () => (/* reexport */ schemas_0/* FunctionMetadata$ */.wZI),
  FunctionRuntime: () => (/* reexport */ FunctionRuntime),
  FunctionSizeLimitExceeded: () => (/* reexport */ errors/* FunctionSizeLimitExceeded */.GF),
  FunctionSizeLimitExceeded$: () => (/* reexport */ schemas_0/* FunctionSizeLimitExceeded$ */.WVz),
  FunctionStage: () => (/* reexport */ FunctionStage),
  FunctionSummary$: () => (/* reexport */ schemas_0/* FunctionSummary$ */.$Hd),
  GeoRestriction$: () => (/* reexport */ schemas_0/* GeoRestriction$ */.IDq),
  GeoRestrictionCustomization$: () => (/* reexport */ schemas_0/* GeoRestrictionCustomization$ */.D6K),
  GeoRestrictionType: () => (/* reexport */ GeoRestrictionType),
  GetAnycastIpList$: () => (/* reexport */ schemas_0/* GetAnycastIpList$ */.vgf),
  GetAnycastIpListCommand: () => (/* reexport */ GetAnycastIpListCommand),
  GetAnycastIpListRequest$: () => (/* reexport */ schemas_0/* GetAnycastIpListRequest$ */._do),
  GetAnycastIpListResult$: () => (/* reexport */ schemas_0/* GetAnycastIpListResult$ */.uAH),
  GetCachePolicy$: () => (/* reexport */ schemas_0/* GetCachePolicy$ */.D22),
  GetCachePolicyCommand: () => (/* reexport */ GetCachePolicyCommand),
  GetCachePolicyConfig$: () => (/* reexport */ schemas_0/* GetCachePolicyConfig$ */.XB0),
  GetCachePolicyConfigCommand: () => (/* reexport */ GetCachePolicyConfigCommand),
  GetCachePolicyConfigRequest$: () => (/* reexport */ schemas_0/* GetCachePolicyConfigRequest$ */.w9U),
  GetCachePolicyConfigResult$: () => (/* reexport */ schemas_0/* GetCachePolicyConfigResult$ */.keY),
  GetCachePolicyRequest$: () => (/* reexport */ schemas_0/* GetCachePolicyRequest$ */.AEk),
  GetCachePolicyResult$: () => (/* reexport */ schemas_0/* GetCachePolicyResult$ */._op),
  GetCloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentity$ */.$6O),
  GetCloudFrontOriginAccessIdentityCommand: () => (/* reexport */ GetCloudFrontOriginAccessIdentityCommand),
  GetCloudFrontOriginAccessIdentityConfig$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentityConfig$ */.Jil),
  GetCloudFrontOriginAccessIdentityConfigCommand: () => (/* reexport */ GetCloudFrontOriginAccessIdentityConfigCommand),
  GetCloudFrontOriginAccessIdentityConfigRequest$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentityConfigRequest$ */.kx5),
  GetCloudFrontOriginAccessIdentityConfigResult$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentityConfigResult$ */.qty),
  GetCloudFrontOriginAccessIdentityRequest$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentityRequest$ */.GTT),
  GetCloudFrontOriginAccessIdentityResult$: () => (/* reexport */ schemas_0/* GetCloudFrontOriginAccessIdentityResult$ */.M7x),
  GetConnectionFunction$: () => (/* reexport */ schemas_0/* GetConnectionFunction$ */.tqe),
  GetConnectionFunctionCommand: () => (/* reexport */ GetConnectionFunctionCommand),
  GetConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* GetConnectionFunctionRequest$ */.Ap4),
  GetConnectionFunctionResult$: () => (/* reexport */ schemas_0/* GetConnectionFunctionResult$ */.evH),
  GetConnectionGroup$: () => (/* reexport */ schemas_0/* GetConnectionGroup$ */.KvG),
  GetConnectionGroupByRoutingEndpoint$: () => (/* reexport */ schemas_0/* GetConnectionGroupByRoutingEndpoint$ */.cQi),
  GetConnectionGroupByRoutingEndpointCommand: () => (/* reexport */ GetConnectionGroupByRoutingEndpointCommand),
  GetConnectionGroupByRoutingEndpointRequest$: () => (/* reexport */ schemas_0/* GetConnectionGroupByRoutingEndpointRequest$ */.hUL),
  GetConnectionGroupByRoutingEndpointResult$: () => (/* reexport */ schemas_0/* GetConnectionGroupByRoutingEndpointResult$ */.Zkk),
  GetConnectionGroupCommand: () => (/* reexport */ GetConnectionGroupCommand),
  GetConnectionGroupRequest$: () => (/* reexport */ schemas_0/* GetConnectionGroupRequest$ */.RQG),
  GetConnectionGroupResult$: () => (/* reexport */ schemas_0/* GetConnectionGroupResult$ */.Pxq),
  GetContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicy$ */.vYo),
  GetContinuousDeploymentPolicyCommand: () => (/* reexport */ GetContinuousDeploymentPolicyCommand),
  GetContinuousDeploymentPolicyConfig$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicyConfig$ */.v15),
  GetContinuousDeploymentPolicyConfigCommand: () => (/* reexport */ GetContinuousDeploymentPolicyConfigCommand/* GetContinuousDeploymentPolicyConfigCommand */.C),
  GetContinuousDeploymentPolicyConfigRequest$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicyConfigRequest$ */.EHV),
  GetContinuousDeploymentPolicyConfigResult$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicyConfigResult$ */.UEG),
  GetContinuousDeploymentPolicyRequest$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicyRequest$ */.izL),
  GetContinuousDeploymentPolicyResult$: () => (/* reexport */ schemas_0/* GetContinuousDeploymentPolicyResult$ */.GCv),
  GetDistribution$: () => (/* reexport */ schemas_0/* GetDistribution$ */.vKs),
  GetDistributionCommand: () => (/* reexport */ GetDistributionCommand/* GetDistributionCommand */.s),
  GetDistributionConfig$: () => (/* reexport */ schemas_0/* GetDistributionConfig$ */.huw),
  GetDistributionConfigCommand: () => (/* reexport */ GetDistributionConfigCommand/* GetDistributionConfigCommand */.w),
  GetDistributionConfigRequest$: () => (/* reexport */ schemas_0/* GetDistributionConfigRequest$ */.CQ_),
  GetDistributionConfigResult$: () => (/* reexport */ schemas_0/* GetDistributionConfigResult$ */.wmx),
  GetDistributionRequest$: () => (/* reexport */ schemas_0/* GetDistributionRequest$ */.iNh),
  GetDistributionResult$: () => (/* reexport */ schemas_0/* GetDistributionResult$ */.Ujv),
  GetDistributionTenant$: () => (/* reexport */ schemas_0/* GetDistributionTenant$ */.DCB),
  GetDistributionTenantByDomain$: () => (/* reexport */ schemas_0/* GetDistributionTenantByDomain$ */.C_c),
  GetDistributionTenantByDomainCommand: () => (/* reexport */ GetDistributionTenantByDomainCommand),
  GetDistributionTenantByDomainRequest$: () => (/* reexport */ schemas_0/* GetDistributionTenantByDomainRequest$ */.DER),
  GetDistributionTenantByDomainResult$: () => (/* reexport */ schemas_0/* GetDistributionTenantByDomainResult$ */.Z9$),
  GetDistributionTenantCommand: () => (/* reexport */ GetDistributionTenantCommand),
  GetDistributionTenantRequest$: () => (/* reexport */ schemas_0/* GetDistributionTenantRequest$ */.qNk),
  GetDistributionTenantResult$: () => (/* reexport */ schemas_0/* GetDistributionTenantResult$ */.Ku9),
  GetFieldLevelEncryption$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryption$ */.QN4),
  GetFieldLevelEncryptionCommand: () => (/* reexport */ GetFieldLevelEncryptionCommand),
  GetFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionConfig$ */.cu9),
  GetFieldLevelEncryptionConfigCommand: () => (/* reexport */ GetFieldLevelEncryptionConfigCommand),
  GetFieldLevelEncryptionConfigRequest$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionConfigRequest$ */.L3h),
  GetFieldLevelEncryptionConfigResult$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionConfigResult$ */.Z8f),
  GetFieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfile$ */.RT8),
  GetFieldLevelEncryptionProfileCommand: () => (/* reexport */ GetFieldLevelEncryptionProfileCommand),
  GetFieldLevelEncryptionProfileConfig$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfileConfig$ */.$Pn),
  GetFieldLevelEncryptionProfileConfigCommand: () => (/* reexport */ GetFieldLevelEncryptionProfileConfigCommand),
  GetFieldLevelEncryptionProfileConfigRequest$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfileConfigRequest$ */.Ufh),
  GetFieldLevelEncryptionProfileConfigResult$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfileConfigResult$ */.kW5),
  GetFieldLevelEncryptionProfileRequest$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfileRequest$ */.wyM),
  GetFieldLevelEncryptionProfileResult$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionProfileResult$ */.aWS),
  GetFieldLevelEncryptionRequest$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionRequest$ */.Fvw),
  GetFieldLevelEncryptionResult$: () => (/* reexport */ schemas_0/* GetFieldLevelEncryptionResult$ */.HwX),
  GetFunction$: () => (/* reexport */ schemas_0/* GetFunction$ */.ZSC),
  GetFunctionCommand: () => (/* reexport */ GetFunctionCommand),
  GetFunctionRequest$: () => (/* reexport */ schemas_0/* GetFunctionRequest$ */.OoB),
  GetFunctionResult$: () => (/* reexport */ schemas_0/* GetFunctionResult$ */.cmp),
  GetInvalidation$: () => (/* reexport */ schemas_0/* GetInvalidation$ */.vDv),
  GetInvalidationCommand: () => (/* reexport */ GetInvalidationCommand),
  GetInvalidationForDistributionTenant$: () => (/* reexport */ schemas_0/* GetInvalidationForDistributionTenant$ */.ULY),
  GetInvalidationForDistributionTenantCommand: () => (/* reexport */ GetInvalidationForDistributionTenantCommand),
  GetInvalidationForDistributionTenantRequest$: () => (/* reexport */ schemas_0/* GetInvalidationForDistributionTenantRequest$ */.HEK),
  GetInvalidationForDistributionTenantResult$: () => (/* reexport */ schemas_0/* GetInvalidationForDistributionTenantResult$ */.f8o),
  GetInvalidationRequest$: () => (/* reexport */ schemas_0/* GetInvalidationRequest$ */.OQT),
  GetInvalidationResult$: () => (/* reexport */ schemas_0/* GetInvalidationResult$ */.OFX),
  GetKeyGroup$: () => (/* reexport */ schemas_0/* GetKeyGroup$ */.Dqi),
  GetKeyGroupCommand: () => (/* reexport */ GetKeyGroupCommand),
  GetKeyGroupConfig$: () => (/* reexport */ schemas_0/* GetKeyGroupConfig$ */.fFL),
  GetKeyGroupConfigCommand: () => (/* reexport */ GetKeyGroupConfigCommand),
  GetKeyGroupConfigRequest$: () => (/* reexport */ schemas_0/* GetKeyGroupConfigRequest$ */.eMh),
  GetKeyGroupConfigResult$: () => (/* reexport */ schemas_0/* GetKeyGroupConfigResult$ */.OzD),
  GetKeyGroupRequest$: () => (/* reexport */ schemas_0/* GetKeyGroupRequest$ */.alJ),
  GetKeyGroupResult$: () => (/* reexport */ schemas_0/* GetKeyGroupResult$ */.slW),
  GetManagedCertificateDetails$: () => (/* reexport */ schemas_0/* GetManagedCertificateDetails$ */.XjA),
  GetManagedCertificateDetailsCommand: () => (/* reexport */ GetManagedCertificateDetailsCommand),
  GetManagedCertificateDetailsRequest$: () => (/* reexport */ schemas_0/* GetManagedCertificateDetailsRequest$ */.aG3),
  GetManagedCertificateDetailsResult$: () => (/* reexport */ schemas_0/* GetManagedCertificateDetailsResult$ */.s_H),
  GetMonitoringSubscription$: () => (/* reexport */ schemas_0/* GetMonitoringSubscription$ */.y6D),
  GetMonitoringSubscriptionCommand: () => (/* reexport */ GetMonitoringSubscriptionCommand),
  GetMonitoringSubscriptionRequest$: () => (/* reexport */ schemas_0/* GetMonitoringSubscriptionRequest$ */.l72),
  GetMonitoringSubscriptionResult$: () => (/* reexport */ schemas_0/* GetMonitoringSubscriptionResult$ */.JRr),
  GetOriginAccessControl$: () => (/* reexport */ schemas_0/* GetOriginAccessControl$ */.cp1),
  GetOriginAccessControlCommand: () => (/* reexport */ GetOriginAccessControlCommand),
  GetOriginAccessControlConfig$: () => (/* reexport */ schemas_0/* GetOriginAccessControlConfig$ */._nb),
  GetOriginAccessControlConfigCommand: () => (/* reexport */ GetOriginAccessControlConfigCommand),
  GetOriginAccessControlConfigRequest$: () => (/* reexport */ schemas_0/* GetOriginAccessControlConfigRequest$ */.ZoT),
  GetOriginAccessControlConfigResult$: () => (/* reexport */ schemas_0/* GetOriginAccessControlConfigResult$ */.X7R),
  GetOriginAccessControlRequest$: () => (/* reexport */ schemas_0/* GetOriginAccessControlRequest$ */.XU4),
  GetOriginAccessControlResult$: () => (/* reexport */ schemas_0/* GetOriginAccessControlResult$ */.dxA),
  GetOriginRequestPolicy$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicy$ */.uy8),
  GetOriginRequestPolicyCommand: () => (/* reexport */ GetOriginRequestPolicyCommand),
  GetOriginRequestPolicyConfig$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicyConfig$ */.sC5),
  GetOriginRequestPolicyConfigCommand: () => (/* reexport */ GetOriginRequestPolicyConfigCommand),
  GetOriginRequestPolicyConfigRequest$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicyConfigRequest$ */.ZsS),
  GetOriginRequestPolicyConfigResult$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicyConfigResult$ */.pYj),
  GetOriginRequestPolicyRequest$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicyRequest$ */.r6I),
  GetOriginRequestPolicyResult$: () => (/* reexport */ schemas_0/* GetOriginRequestPolicyResult$ */.JJt),
  GetPublicKey$: () => (/* reexport */ schemas_0/* GetPublicKey$ */.lVr),
  GetPublicKeyCommand: () => (/* reexport */ GetPublicKeyCommand),
  GetPublicKeyConfig$: () => (/* reexport */ schemas_0/* GetPublicKeyConfig$ */.$t$),
  GetPublicKeyConfigCommand: () => (/* reexport */ GetPublicKeyConfigCommand),
  GetPublicKeyConfigRequest$: () => (/* reexport */ schemas_0/* GetPublicKeyConfigRequest$ */.wF1),
  GetPublicKeyConfigResult$: () => (/* reexport */ schemas_0/* GetPublicKeyConfigResult$ */.WXL),
  GetPublicKeyRequest$: () => (/* reexport */ schemas_0/* GetPublicKeyRequest$ */.Aqp),
  GetPublicKeyResult$: () => (/* reexport */ schemas_0/* GetPublicKeyResult$ */.g5W),
  GetRealtimeLogConfig$: () => (/* reexport */ schemas_0/* GetRealtimeLogConfig$ */.WV_),
  GetRealtimeLogConfigCommand: () => (/* reexport */ GetRealtimeLogConfigCommand),
  GetRealtimeLogConfigRequest$: () => (/* reexport */ schemas_0/* GetRealtimeLogConfigRequest$ */.NuC),
  GetRealtimeLogConfigResult$: () => (/* reexport */ schemas_0/* GetRealtimeLogConfigResult$ */.bhh),
  GetResourcePolicy$: () => (/* reexport */ schemas_0/* GetResourcePolicy$ */.j4x),
  GetResourcePolicyCommand: () => (/* reexport */ GetResourcePolicyCommand),
  GetResourcePolicyRequest$: () => (/* reexport */ schemas_0/* GetResourcePolicyRequest$ */.cEy),
  GetResourcePolicyResult$: () => (/* reexport */ schemas_0/* GetResourcePolicyResult$ */.uA6),
  GetResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicy$ */.sxi),
  GetResponseHeadersPolicyCommand: () => (/* reexport */ GetResponseHeadersPolicyCommand),
  GetResponseHeadersPolicyConfig$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicyConfig$ */.Iy1),
  GetResponseHeadersPolicyConfigCommand: () => (/* reexport */ GetResponseHeadersPolicyConfigCommand),
  GetResponseHeadersPolicyConfigRequest$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicyConfigRequest$ */.Jgl),
  GetResponseHeadersPolicyConfigResult$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicyConfigResult$ */.Tb8),
  GetResponseHeadersPolicyRequest$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicyRequest$ */.vyM),
  GetResponseHeadersPolicyResult$: () => (/* reexport */ schemas_0/* GetResponseHeadersPolicyResult$ */.pfG),
  GetStreamingDistribution$: () => (/* reexport */ schemas_0/* GetStreamingDistribution$ */.d8Z),
  GetStreamingDistributionCommand: () => (/* reexport */ GetStreamingDistributionCommand),
  GetStreamingDistributionConfig$: () => (/* reexport */ schemas_0/* GetStreamingDistributionConfig$ */.H03),
  GetStreamingDistributionConfigCommand: () => (/* reexport */ GetStreamingDistributionConfigCommand),
  GetStreamingDistributionConfigRequest$: () => (/* reexport */ schemas_0/* GetStreamingDistributionConfigRequest$ */.kY8),
  GetStreamingDistributionConfigResult$: () => (/* reexport */ schemas_0/* GetStreamingDistributionConfigResult$ */.O8o),
  GetStreamingDistributionRequest$: () => (/* reexport */ schemas_0/* GetStreamingDistributionRequest$ */.EvF),
  GetStreamingDistributionResult$: () => (/* reexport */ schemas_0/* GetStreamingDistributionResult$ */.Aqm),
  GetTrustStore$: () => (/* reexport */ schemas_0/* GetTrustStore$ */.EZ2),
  GetTrustStoreCommand: () => (/* reexport */ GetTrustStoreCommand),
  GetTrustStoreRequest$: () => (/* reexport */ schemas_0/* GetTrustStoreRequest$ */.HGP),
  GetTrustStoreResult$: () => (/* reexport */ schemas_0/* GetTrustStoreResult$ */.J9U),
  GetVpcOrigin$: () => (/* reexport */ schemas_0/* GetVpcOrigin$ */.o9z),
  GetVpcOriginCommand: () => (/* reexport */ GetVpcOriginCommand),
  GetVpcOriginRequest$: () => (/* reexport */ schemas_0/* GetVpcOriginRequest$ */.tRj),
  GetVpcOriginResult$: () => (/* reexport */ schemas_0/* GetVpcOriginResult$ */.pfz),
  GrpcConfig$: () => (/* reexport */ schemas_0/* GrpcConfig$ */.dC9),
  Headers$: () => (/* reexport */ schemas_0/* Headers$ */.xfS),
  HttpVersion: () => (/* reexport */ HttpVersion),
  ICPRecordalStatus: () => (/* reexport */ ICPRecordalStatus),
  IllegalDelete: () => (/* reexport */ errors/* IllegalDelete */.oQ),
  IllegalDelete$: () => (/* reexport */ schemas_0/* IllegalDelete$ */.wg4),
  IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior: () => (/* reexport */ errors/* IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior */.$x),
  IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior$: () => (/* reexport */ schemas_0/* IllegalFieldLevelEncryptionConfigAssociationWithCacheBehavior$ */.N7o),
  IllegalOriginAccessConfiguration: () => (/* reexport */ errors/* IllegalOriginAccessConfiguration */.T$),
  IllegalOriginAccessConfiguration$: () => (/* reexport */ schemas_0/* IllegalOriginAccessConfiguration$ */.$6l),
  IllegalUpdate: () => (/* reexport */ errors/* IllegalUpdate */.MB),
  IllegalUpdate$: () => (/* reexport */ schemas_0/* IllegalUpdate$ */.Ung),
  ImportSource$: () => (/* reexport */ schemas_0/* ImportSource$ */.jw7),
  ImportSourceType: () => (/* reexport */ ImportSourceType),
  InconsistentQuantities: () => (/* reexport */ errors/* InconsistentQuantities */.zE),
  InconsistentQuantities$: () => (/* reexport */ schemas_0/* InconsistentQuantities$ */.Jim),
  InvalidArgument: () => (/* reexport */ errors/* InvalidArgument */.f0),
  InvalidArgument$: () => (/* reexport */ schemas_0/* InvalidArgument$ */.TXL),
  InvalidAssociation: () => (/* reexport */ errors/* InvalidAssociation */.XI),
  InvalidAssociation$: () => (/* reexport */ schemas_0/* InvalidAssociation$ */.xsz),
  InvalidDefaultRootObject: () => (/* reexport */ errors/* InvalidDefaultRootObject */.c_),
  InvalidDefaultRootObject$: () => (/* reexport */ schemas_0/* InvalidDefaultRootObject$ */.CFw),
  InvalidDomainNameForOriginAccessControl: () => (/* reexport */ errors/* InvalidDomainNameForOriginAccessControl */.Zz),
  InvalidDomainNameForOriginAccessControl$: () => (/* reexport */ schemas_0/* InvalidDomainNameForOriginAccessControl$ */.vF),
  InvalidErrorCode: () => (/* reexport */ errors/* InvalidErrorCode */.xV),
  InvalidErrorCode$: () => (/* reexport */ schemas_0/* InvalidErrorCode$ */.Hbu),
  InvalidForwardCookies: () => (/* reexport */ errors/* InvalidForwardCookies */.cl),
  InvalidForwardCookies$: () => (/* reexport */ schemas_0/* InvalidForwardCookies$ */._MD),
  InvalidFunctionAssociation: () => (/* reexport */ errors/* InvalidFunctionAssociation */.x9),
  InvalidFunctionAssociation$: () => (/* reexport */ schemas_0/* InvalidFunctionAssociation$ */.vXt),
  InvalidGeoRestrictionParameter: () => (/* reexport */ errors/* InvalidGeoRestrictionParameter */.oB),
  InvalidGeoRestrictionParameter$: () => (/* reexport */ schemas_0/* InvalidGeoRestrictionParameter$ */.eqk),
  InvalidHeadersForS3Origin: () => (/* reexport */ errors/* InvalidHeadersForS3Origin */.zV),
  InvalidHeadersForS3Origin$: () => (/* reexport */ schemas_0/* InvalidHeadersForS3Origin$ */.T4L),
  InvalidIfMatchVersion: () => (/* reexport */ errors/* InvalidIfMatchVersion */.ei),
  InvalidIfMatchVersion$: () => (/* reexport */ schemas_0/* InvalidIfMatchVersion$ */.QvA),
  InvalidLambdaFunctionAssociation: () => (/* reexport */ errors/* InvalidLambdaFunctionAssociation */.I8),
  InvalidLambdaFunctionAssociation$: () => (/* reexport */ schemas_0/* InvalidLambdaFunctionAssociation$ */.G3h),
  InvalidLocationCode: () => (/* reexport */ errors/* InvalidLocationCode */.MI),
  InvalidLocationCode$: () => (/* reexport */ schemas_0/* InvalidLocationCode$ */.Aek),
  InvalidMinimumProtocolVersion: () => (/* reexport */ errors/* InvalidMinimumProtocolVersion */.c$),
  InvalidMinimumProtocolVersion$: () => (/* reexport */ schemas_0/* InvalidMinimumProtocolVersion$ */.ghP),
  InvalidOrigin: () => (/* reexport */ errors/* InvalidOrigin */.Cp),
  InvalidOrigin$: () => (/* reexport */ schemas_0/* InvalidOrigin$ */.M4_),
  InvalidOriginAccessControl: () => (/* reexport */ errors/* InvalidOriginAccessControl */.VI),
  InvalidOriginAccessControl$: () => (/* reexport */ schemas_0/* InvalidOriginAccessControl$ */.x1F),
  InvalidOriginAccessIdentity: () => (/* reexport */ errors/* InvalidOriginAccessIdentity */.YS),
  InvalidOriginAccessIdentity$: () => (/* reexport */ schemas_0/* InvalidOriginAccessIdentity$ */.C11),
  InvalidOriginKeepaliveTimeout: () => (/* reexport */ errors/* InvalidOriginKeepaliveTimeout */.lr),
  InvalidOriginKeepaliveTimeout$: () => (/* reexport */ schemas_0/* InvalidOriginKeepaliveTimeout$ */.HXW),
  InvalidOriginReadTimeout: () => (/* reexport */ errors/* InvalidOriginReadTimeout */.bP),
  InvalidOriginReadTimeout$: () => (/* reexport */ schemas_0/* InvalidOriginReadTimeout$ */.rOS),
  InvalidProtocolSettings: () => (/* reexport */ errors/* InvalidProtocolSettings */.ly),
  InvalidProtocolSettings$: () => (/* reexport */ schemas_0/* InvalidProtocolSettings$ */.Lqo),
  InvalidQueryStringParameters: () => (/* reexport */ errors/* InvalidQueryStringParameters */.DT),
  InvalidQueryStringParameters$: () => (/* reexport */ schemas_0/* InvalidQueryStringParameters$ */.N9M),
  InvalidRelativePath: () => (/* reexport */ errors/* InvalidRelativePath */.ld),
  InvalidRelativePath$: () => (/* reexport */ schemas_0/* InvalidRelativePath$ */.RCf),
  InvalidRequiredProtocol: () => (/* reexport */ errors/* InvalidRequiredProtocol */.JW),
  InvalidRequiredProtocol$: () => (/* reexport */ schemas_0/* InvalidRequiredProtocol$ */.Bd4),
  InvalidResponseCode: () => (/* reexport */ errors/* InvalidResponseCode */.se),
  InvalidResponseCode$: () => (/* reexport */ schemas_0/* InvalidResponseCode$ */.MU5),
  InvalidTTLOrder: () => (/* reexport */ errors/* InvalidTTLOrder */.gb),
  InvalidTTLOrder$: () => (/* reexport */ schemas_0/* InvalidTTLOrder$ */.a4G),
  InvalidTagging: () => (/* reexport */ errors/* InvalidTagging */.FJ),
  InvalidTagging$: () => (/* reexport */ schemas_0/* InvalidTagging$ */.JUb),
  InvalidViewerCertificate: () => (/* reexport */ errors/* InvalidViewerCertificate */.Zc),
  InvalidViewerCertificate$: () => (/* reexport */ schemas_0/* InvalidViewerCertificate$ */.xBi),
  InvalidWebACLId: () => (/* reexport */ errors/* InvalidWebACLId */.Nn),
  InvalidWebACLId$: () => (/* reexport */ schemas_0/* InvalidWebACLId$ */.Vsz),
  Invalidation$: () => (/* reexport */ schemas_0/* Invalidation$ */.jms),
  InvalidationBatch$: () => (/* reexport */ schemas_0/* InvalidationBatch$ */.LNN),
  InvalidationList$: () => (/* reexport */ schemas_0/* InvalidationList$ */.BNH),
  InvalidationSummary$: () => (/* reexport */ schemas_0/* InvalidationSummary$ */.nV$),
  IpAddressType: () => (/* reexport */ IpAddressType),
  IpamCidrConfig$: () => (/* reexport */ schemas_0/* IpamCidrConfig$ */.GJv),
  IpamCidrStatus: () => (/* reexport */ IpamCidrStatus),
  IpamConfig$: () => (/* reexport */ schemas_0/* IpamConfig$ */.eKj),
  ItemSelection: () => (/* reexport */ ItemSelection),
  KGKeyPairIds$: () => (/* reexport */ schemas_0/* KGKeyPairIds$ */.wfA),
  KeyGroup$: () => (/* reexport */ schemas_0/* KeyGroup$ */.tys),
  KeyGroupAlreadyExists: () => (/* reexport */ errors/* KeyGroupAlreadyExists */.$D),
  KeyGroupAlreadyExists$: () => (/* reexport */ schemas_0/* KeyGroupAlreadyExists$ */.J$$),
  KeyGroupConfig$: () => (/* reexport */ schemas_0/* KeyGroupConfig$ */.tLE),
  KeyGroupList$: () => (/* reexport */ schemas_0/* KeyGroupList$ */.teO),
  KeyGroupSummary$: () => (/* reexport */ schemas_0/* KeyGroupSummary$ */.Bhu),
  KeyPairIds$: () => (/* reexport */ schemas_0/* KeyPairIds$ */.CBQ),
  KeyValueStore$: () => (/* reexport */ schemas_0/* KeyValueStore$ */.WNn),
  KeyValueStoreAssociation$: () => (/* reexport */ schemas_0/* KeyValueStoreAssociation$ */.Frr),
  KeyValueStoreAssociations$: () => (/* reexport */ schemas_0/* KeyValueStoreAssociations$ */.IKz),
  KeyValueStoreList$: () => (/* reexport */ schemas_0/* KeyValueStoreList$ */.WLE),
  KinesisStreamConfig$: () => (/* reexport */ schemas_0/* KinesisStreamConfig$ */.RMF),
  LambdaFunctionAssociation$: () => (/* reexport */ schemas_0/* LambdaFunctionAssociation$ */.lxH),
  LambdaFunctionAssociations$: () => (/* reexport */ schemas_0/* LambdaFunctionAssociations$ */.Y0q),
  ListAnycastIpLists$: () => (/* reexport */ schemas_0/* ListAnycastIpLists$ */.Q$B),
  ListAnycastIpListsCommand: () => (/* reexport */ ListAnycastIpListsCommand),
  ListAnycastIpListsRequest$: () => (/* reexport */ schemas_0/* ListAnycastIpListsRequest$ */.xzJ),
  ListAnycastIpListsResult$: () => (/* reexport */ schemas_0/* ListAnycastIpListsResult$ */.nmN),
  ListCachePolicies$: () => (/* reexport */ schemas_0/* ListCachePolicies$ */.PL9),
  ListCachePoliciesCommand: () => (/* reexport */ ListCachePoliciesCommand),
  ListCachePoliciesRequest$: () => (/* reexport */ schemas_0/* ListCachePoliciesRequest$ */.InO),
  ListCachePoliciesResult$: () => (/* reexport */ schemas_0/* ListCachePoliciesResult$ */._RD),
  ListCloudFrontOriginAccessIdentities$: () => (/* reexport */ schemas_0/* ListCloudFrontOriginAccessIdentities$ */.$xm),
  ListCloudFrontOriginAccessIdentitiesCommand: () => (/* reexport */ ListCloudFrontOriginAccessIdentitiesCommand),
  ListCloudFrontOriginAccessIdentitiesRequest$: () => (/* reexport */ schemas_0/* ListCloudFrontOriginAccessIdentitiesRequest$ */.SQ7),
  ListCloudFrontOriginAccessIdentitiesResult$: () => (/* reexport */ schemas_0/* ListCloudFrontOriginAccessIdentitiesResult$ */.Wn6),
  ListConflictingAliases$: () => (/* reexport */ schemas_0/* ListConflictingAliases$ */.ZOL),
  ListConflictingAliasesCommand: () => (/* reexport */ ListConflictingAliasesCommand),
  ListConflictingAliasesRequest$: () => (/* reexport */ schemas_0/* ListConflictingAliasesRequest$ */.iI0),
  ListConflictingAliasesResult$: () => (/* reexport */ schemas_0/* ListConflictingAliasesResult$ */.W7t),
  ListConnectionFunctions$: () => (/* reexport */ schemas_0/* ListConnectionFunctions$ */.I48),
  ListConnectionFunctionsCommand: () => (/* reexport */ ListConnectionFunctionsCommand),
  ListConnectionFunctionsRequest$: () => (/* reexport */ schemas_0/* ListConnectionFunctionsRequest$ */.fd3),
  ListConnectionFunctionsResult$: () => (/* reexport */ schemas_0/* ListConnectionFunctionsResult$ */.BmW),
  ListConnectionGroups$: () => (/* reexport */ schemas_0/* ListConnectionGroups$ */.ruU),
  ListConnectionGroupsCommand: () => (/* reexport */ ListConnectionGroupsCommand),
  ListConnectionGroupsRequest$: () => (/* reexport */ schemas_0/* ListConnectionGroupsRequest$ */.KJg),
  ListConnectionGroupsResult$: () => (/* reexport */ schemas_0/* ListConnectionGroupsResult$ */.AjA),
  ListContinuousDeploymentPolicies$: () => (/* reexport */ schemas_0/* ListContinuousDeploymentPolicies$ */.hkg),
  ListContinuousDeploymentPoliciesCommand: () => (/* reexport */ ListContinuousDeploymentPoliciesCommand/* ListContinuousDeploymentPoliciesCommand */.a),
  ListContinuousDeploymentPoliciesRequest$: () => (/* reexport */ schemas_0/* ListContinuousDeploymentPoliciesRequest$ */.G__),
  ListContinuousDeploymentPoliciesResult$: () => (/* reexport */ schemas_0/* ListContinuousDeploymentPoliciesResult$ */.ad1),
  ListDistributionTenants$: () => (/* reexport */ schemas_0/* ListDistributionTenants$ */.Mto),
  ListDistributionTenantsByCustomization$: () => (/* reexport */ schemas_0/* ListDistributionTenantsByCustomization$ */.Eir),
  ListDistributionTenantsByCustomizationCommand: () => (/* reexport */ ListDistributionTenantsByCustomizationCommand),
  ListDistributionTenantsByCustomizationRequest$: () => (/* reexport */ schemas_0/* ListDistributionTenantsByCustomizationRequest$ */.zlJ),
  ListDistributionTenantsByCustomizationResult$: () => (/* reexport */ schemas_0/* ListDistributionTenantsByCustomizationResult$ */.Pr),
  ListDistributionTenantsCommand: () => (/* reexport */ ListDistributionTenantsCommand),
  ListDistributionTenantsRequest$: () => (/* reexport */ schemas_0/* ListDistributionTenantsRequest$ */.dr_),
  ListDistributionTenantsResult$: () => (/* reexport */ schemas_0/* ListDistributionTenantsResult$ */.BDx),
  ListDistributions$: () => (/* reexport */ schemas_0/* ListDistributions$ */.cb2),
  ListDistributionsByAnycastIpListId$: () => (/* reexport */ schemas_0/* ListDistributionsByAnycastIpListId$ */.GRq),
  ListDistributionsByAnycastIpListIdCommand: () => (/* reexport */ ListDistributionsByAnycastIpListIdCommand),
  ListDistributionsByAnycastIpListIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByAnycastIpListIdRequest$ */.j9x),
  ListDistributionsByAnycastIpListIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByAnycastIpListIdResult$ */.JGG),
  ListDistributionsByCachePolicyId$: () => (/* reexport */ schemas_0/* ListDistributionsByCachePolicyId$ */.E65),
  ListDistributionsByCachePolicyIdCommand: () => (/* reexport */ ListDistributionsByCachePolicyIdCommand),
  ListDistributionsByCachePolicyIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByCachePolicyIdRequest$ */.tYD),
  ListDistributionsByCachePolicyIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByCachePolicyIdResult$ */.XFE),
  ListDistributionsByConnectionFunction$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionFunction$ */.Jt4),
  ListDistributionsByConnectionFunctionCommand: () => (/* reexport */ ListDistributionsByConnectionFunctionCommand),
  ListDistributionsByConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionFunctionRequest$ */.w_b),
  ListDistributionsByConnectionFunctionResult$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionFunctionResult$ */.CWd),
  ListDistributionsByConnectionMode$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionMode$ */.kcZ),
  ListDistributionsByConnectionModeCommand: () => (/* reexport */ ListDistributionsByConnectionModeCommand),
  ListDistributionsByConnectionModeRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionModeRequest$ */.jNe),
  ListDistributionsByConnectionModeResult$: () => (/* reexport */ schemas_0/* ListDistributionsByConnectionModeResult$ */.DN2),
  ListDistributionsByKeyGroup$: () => (/* reexport */ schemas_0/* ListDistributionsByKeyGroup$ */.bvF),
  ListDistributionsByKeyGroupCommand: () => (/* reexport */ ListDistributionsByKeyGroupCommand),
  ListDistributionsByKeyGroupRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByKeyGroupRequest$ */._oN),
  ListDistributionsByKeyGroupResult$: () => (/* reexport */ schemas_0/* ListDistributionsByKeyGroupResult$ */.C7C),
  ListDistributionsByOriginRequestPolicyId$: () => (/* reexport */ schemas_0/* ListDistributionsByOriginRequestPolicyId$ */.LVF),
  ListDistributionsByOriginRequestPolicyIdCommand: () => (/* reexport */ ListDistributionsByOriginRequestPolicyIdCommand),
  ListDistributionsByOriginRequestPolicyIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByOriginRequestPolicyIdRequest$ */.ohd),
  ListDistributionsByOriginRequestPolicyIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByOriginRequestPolicyIdResult$ */.q9h),
  ListDistributionsByOwnedResource$: () => (/* reexport */ schemas_0/* ListDistributionsByOwnedResource$ */.epH),
  ListDistributionsByOwnedResourceCommand: () => (/* reexport */ ListDistributionsByOwnedResourceCommand),
  ListDistributionsByOwnedResourceRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByOwnedResourceRequest$ */.pAw),
  ListDistributionsByOwnedResourceResult$: () => (/* reexport */ schemas_0/* ListDistributionsByOwnedResourceResult$ */.LNv),
  ListDistributionsByRealtimeLogConfig$: () => (/* reexport */ schemas_0/* ListDistributionsByRealtimeLogConfig$ */.cf2),
  ListDistributionsByRealtimeLogConfigCommand: () => (/* reexport */ ListDistributionsByRealtimeLogConfigCommand),
  ListDistributionsByRealtimeLogConfigRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByRealtimeLogConfigRequest$ */.jmr),
  ListDistributionsByRealtimeLogConfigResult$: () => (/* reexport */ schemas_0/* ListDistributionsByRealtimeLogConfigResult$ */.fIc),
  ListDistributionsByResponseHeadersPolicyId$: () => (/* reexport */ schemas_0/* ListDistributionsByResponseHeadersPolicyId$ */.nb_),
  ListDistributionsByResponseHeadersPolicyIdCommand: () => (/* reexport */ ListDistributionsByResponseHeadersPolicyIdCommand),
  ListDistributionsByResponseHeadersPolicyIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByResponseHeadersPolicyIdRequest$ */.Ahr),
  ListDistributionsByResponseHeadersPolicyIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByResponseHeadersPolicyIdResult$ */.AC_),
  ListDistributionsByTrustStore$: () => (/* reexport */ schemas_0/* ListDistributionsByTrustStore$ */.Gjz),
  ListDistributionsByTrustStoreCommand: () => (/* reexport */ ListDistributionsByTrustStoreCommand),
  ListDistributionsByTrustStoreRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByTrustStoreRequest$ */.lSz),
  ListDistributionsByTrustStoreResult$: () => (/* reexport */ schemas_0/* ListDistributionsByTrustStoreResult$ */.hqn),
  ListDistributionsByVpcOriginId$: () => (/* reexport */ schemas_0/* ListDistributionsByVpcOriginId$ */.r5M),
  ListDistributionsByVpcOriginIdCommand: () => (/* reexport */ ListDistributionsByVpcOriginIdCommand),
  ListDistributionsByVpcOriginIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByVpcOriginIdRequest$ */.oB1),
  ListDistributionsByVpcOriginIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByVpcOriginIdResult$ */.G5p),
  ListDistributionsByWebACLId$: () => (/* reexport */ schemas_0/* ListDistributionsByWebACLId$ */.EEi),
  ListDistributionsByWebACLIdCommand: () => (/* reexport */ ListDistributionsByWebACLIdCommand),
  ListDistributionsByWebACLIdRequest$: () => (/* reexport */ schemas_0/* ListDistributionsByWebACLIdRequest$ */.DFS),
  ListDistributionsByWebACLIdResult$: () => (/* reexport */ schemas_0/* ListDistributionsByWebACLIdResult$ */.Bmt),
  ListDistributionsCommand: () => (/* reexport */ ListDistributionsCommand/* ListDistributionsCommand */.j),
  ListDistributionsRequest$: () => (/* reexport */ schemas_0/* ListDistributionsRequest$ */.jq1),
  ListDistributionsResult$: () => (/* reexport */ schemas_0/* ListDistributionsResult$ */.pNX),
  ListDomainConflicts$: () => (/* reexport */ schemas_0/* ListDomainConflicts$ */._o9),
  ListDomainConflictsCommand: () => (/* reexport */ ListDomainConflictsCommand),
  ListDomainConflictsRequest$: () => (/* reexport */ schemas_0/* ListDomainConflictsRequest$ */.xt_),
  ListDomainConflictsResult$: () => (/* reexport */ schemas_0/* ListDomainConflictsResult$ */.Py_),
  ListFieldLevelEncryptionConfigs$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionConfigs$ */.B$8),
  ListFieldLevelEncryptionConfigsCommand: () => (/* reexport */ ListFieldLevelEncryptionConfigsCommand),
  ListFieldLevelEncryptionConfigsRequest$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionConfigsRequest$ */.ISV),
  ListFieldLevelEncryptionConfigsResult$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionConfigsResult$ */.k7d),
  ListFieldLevelEncryptionProfiles$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionProfiles$ */.Oog),
  ListFieldLevelEncryptionProfilesCommand: () => (/* reexport */ ListFieldLevelEncryptionProfilesCommand),
  ListFieldLevelEncryptionProfilesRequest$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionProfilesRequest$ */.l$S),
  ListFieldLevelEncryptionProfilesResult$: () => (/* reexport */ schemas_0/* ListFieldLevelEncryptionProfilesResult$ */.RJK),
  ListFunctions$: () => (/* reexport */ schemas_0/* ListFunctions$ */._Ri),
  ListFunctionsCommand: () => (/* reexport */ ListFunctionsCommand),
  ListFunctionsRequest$: () => (/* reexport */ schemas_0/* ListFunctionsRequest$ */.JOy),
  ListFunctionsResult$: () => (/* reexport */ schemas_0/* ListFunctionsResult$ */.RA6),
  ListInvalidations$: () => (/* reexport */ schemas_0/* ListInvalidations$ */.kuL),
  ListInvalidationsCommand: () => (/* reexport */ ListInvalidationsCommand),
  ListInvalidationsForDistributionTenant$: () => (/* reexport */ schemas_0/* ListInvalidationsForDistributionTenant$ */.hGF),
  ListInvalidationsForDistributionTenantCommand: () => (/* reexport */ ListInvalidationsForDistributionTenantCommand),
  ListInvalidationsForDistributionTenantRequest$: () => (/* reexport */ schemas_0/* ListInvalidationsForDistributionTenantRequest$ */.UZp),
  ListInvalidationsForDistributionTenantResult$: () => (/* reexport */ schemas_0/* ListInvalidationsForDistributionTenantResult$ */.wa2),
  ListInvalidationsRequest$: () => (/* reexport */ schemas_0/* ListInvalidationsRequest$ */.bHX),
  ListInvalidationsResult$: () => (/* reexport */ schemas_0/* ListInvalidationsResult$ */.jp9),
  ListKeyGroups$: () => (/* reexport */ schemas_0/* ListKeyGroups$ */.y24),
  ListKeyGroupsCommand: () => (/* reexport */ ListKeyGroupsCommand),
  ListKeyGroupsRequest$: () => (/* reexport */ schemas_0/* ListKeyGroupsRequest$ */.ZZc),
  ListKeyGroupsResult$: () => (/* reexport */ schemas_0/* ListKeyGroupsResult$ */.N5u),
  ListKeyValueStores$: () => (/* reexport */ schemas_0/* ListKeyValueStores$ */.pOo),
  ListKeyValueStoresCommand: () => (/* reexport */ ListKeyValueStoresCommand),
  ListKeyValueStoresRequest$: () => (/* reexport */ schemas_0/* ListKeyValueStoresRequest$ */.K_),
  ListKeyValueStoresResult$: () => (/* reexport */ schemas_0/* ListKeyValueStoresResult$ */.u$g),
  ListOriginAccessControls$: () => (/* reexport */ schemas_0/* ListOriginAccessControls$ */.zHF),
  ListOriginAccessControlsCommand: () => (/* reexport */ ListOriginAccessControlsCommand),
  ListOriginAccessControlsRequest$: () => (/* reexport */ schemas_0/* ListOriginAccessControlsRequest$ */.w7B),
  ListOriginAccessControlsResult$: () => (/* reexport */ schemas_0/* ListOriginAccessControlsResult$ */.Cl0),
  ListOriginRequestPolicies$: () => (/* reexport */ schemas_0/* ListOriginRequestPolicies$ */.uHy),
  ListOriginRequestPoliciesCommand: () => (/* reexport */ ListOriginRequestPoliciesCommand),
  ListOriginRequestPoliciesRequest$: () => (/* reexport */ schemas_0/* ListOriginRequestPoliciesRequest$ */.zHv),
  ListOriginRequestPoliciesResult$: () => (/* reexport */ schemas_0/* ListOriginRequestPoliciesResult$ */.ZuG),
  ListPublicKeys$: () => (/* reexport */ schemas_0/* ListPublicKeys$ */.Oo$),
  ListPublicKeysCommand: () => (/* reexport */ ListPublicKeysCommand),
  ListPublicKeysRequest$: () => (/* reexport */ schemas_0/* ListPublicKeysRequest$ */.hLG),
  ListPublicKeysResult$: () => (/* reexport */ schemas_0/* ListPublicKeysResult$ */.P29),
  ListRealtimeLogConfigs$: () => (/* reexport */ schemas_0/* ListRealtimeLogConfigs$ */.T_V),
  ListRealtimeLogConfigsCommand: () => (/* reexport */ ListRealtimeLogConfigsCommand),
  ListRealtimeLogConfigsRequest$: () => (/* reexport */ schemas_0/* ListRealtimeLogConfigsRequest$ */.Ual),
  ListRealtimeLogConfigsResult$: () => (/* reexport */ schemas_0/* ListRealtimeLogConfigsResult$ */.aCg),
  ListResponseHeadersPolicies$: () => (/* reexport */ schemas_0/* ListResponseHeadersPolicies$ */.CJ$),
  ListResponseHeadersPoliciesCommand: () => (/* reexport */ ListResponseHeadersPoliciesCommand),
  ListResponseHeadersPoliciesRequest$: () => (/* reexport */ schemas_0/* ListResponseHeadersPoliciesRequest$ */.ROY),
  ListResponseHeadersPoliciesResult$: () => (/* reexport */ schemas_0/* ListResponseHeadersPoliciesResult$ */.XTK),
  ListStreamingDistributions$: () => (/* reexport */ schemas_0/* ListStreamingDistributions$ */.uDS),
  ListStreamingDistributionsCommand: () => (/* reexport */ ListStreamingDistributionsCommand),
  ListStreamingDistributionsRequest$: () => (/* reexport */ schemas_0/* ListStreamingDistributionsRequest$ */.hqU),
  ListStreamingDistributionsResult$: () => (/* reexport */ schemas_0/* ListStreamingDistributionsResult$ */.BSB),
  ListTagsForResource$: () => (/* reexport */ schemas_0/* ListTagsForResource$ */.Tzn),
  ListTagsForResourceCommand: () => (/* reexport */ ListTagsForResourceCommand),
  ListTagsForResourceRequest$: () => (/* reexport */ schemas_0/* ListTagsForResourceRequest$ */.SKK),
  ListTagsForResourceResult$: () => (/* reexport */ schemas_0/* ListTagsForResourceResult$ */.SzO),
  ListTrustStores$: () => (/* reexport */ schemas_0/* ListTrustStores$ */.Bc8),
  ListTrustStoresCommand: () => (/* reexport */ ListTrustStoresCommand),
  ListTrustStoresRequest$: () => (/* reexport */ schemas_0/* ListTrustStoresRequest$ */.Gyf),
  ListTrustStoresResult$: () => (/* reexport */ schemas_0/* ListTrustStoresResult$ */.iL5),
  ListVpcOrigins$: () => (/* reexport */ schemas_0/* ListVpcOrigins$ */.nvD),
  ListVpcOriginsCommand: () => (/* reexport */ ListVpcOriginsCommand),
  ListVpcOriginsRequest$: () => (/* reexport */ schemas_0/* ListVpcOriginsRequest$ */._CA),
  ListVpcOriginsResult$: () => (/* reexport */ schemas_0/* ListVpcOriginsResult$ */.GVD),
  LoggingConfig$: () => (/* reexport */ schemas_0/* LoggingConfig$ */.G60),
  ManagedCertificateDetails$: () => (/* reexport */ schemas_0/* ManagedCertificateDetails$ */.zkh),
  ManagedCertificateRequest$: () => (/* reexport */ schemas_0/* ManagedCertificateRequest$ */.aBe),
  ManagedCertificateStatus: () => (/* reexport */ ManagedCertificateStatus),
  Method: () => (/* reexport */ Method),
  MinimumProtocolVersion: () => (/* reexport */ MinimumProtocolVersion),
  MissingBody: () => (/* reexport */ errors/* MissingBody */.PE),
  MissingBody$: () => (/* reexport */ schemas_0/* MissingBody$ */.VE8),
  MonitoringSubscription$: () => (/* reexport */ schemas_0/* MonitoringSubscription$ */.iPb),
  MonitoringSubscriptionAlreadyExists: () => (/* reexport */ errors/* MonitoringSubscriptionAlreadyExists */.wo),
  MonitoringSubscriptionAlreadyExists$: () => (/* reexport */ schemas_0/* MonitoringSubscriptionAlreadyExists$ */.YS),
  NoSuchCachePolicy: () => (/* reexport */ errors/* NoSuchCachePolicy */.f_),
  NoSuchCachePolicy$: () => (/* reexport */ schemas_0/* NoSuchCachePolicy$ */.cpr),
  NoSuchCloudFrontOriginAccessIdentity: () => (/* reexport */ errors/* NoSuchCloudFrontOriginAccessIdentity */.$s),
  NoSuchCloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* NoSuchCloudFrontOriginAccessIdentity$ */.vZk),
  NoSuchContinuousDeploymentPolicy: () => (/* reexport */ errors/* NoSuchContinuousDeploymentPolicy */.xH),
  NoSuchContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* NoSuchContinuousDeploymentPolicy$ */.p2g),
  NoSuchDistribution: () => (/* reexport */ errors/* NoSuchDistribution */.JF),
  NoSuchDistribution$: () => (/* reexport */ schemas_0/* NoSuchDistribution$ */.TjI),
  NoSuchFieldLevelEncryptionConfig: () => (/* reexport */ errors/* NoSuchFieldLevelEncryptionConfig */.SA),
  NoSuchFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* NoSuchFieldLevelEncryptionConfig$ */.grA),
  NoSuchFieldLevelEncryptionProfile: () => (/* reexport */ errors/* NoSuchFieldLevelEncryptionProfile */.ZH),
  NoSuchFieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* NoSuchFieldLevelEncryptionProfile$ */.jPK),
  NoSuchFunctionExists: () => (/* reexport */ errors/* NoSuchFunctionExists */.LV),
  NoSuchFunctionExists$: () => (/* reexport */ schemas_0/* NoSuchFunctionExists$ */.bKq),
  NoSuchInvalidation: () => (/* reexport */ errors/* NoSuchInvalidation */.Ri),
  NoSuchInvalidation$: () => (/* reexport */ schemas_0/* NoSuchInvalidation$ */.VrD),
  NoSuchMonitoringSubscription: () => (/* reexport */ errors/* NoSuchMonitoringSubscription */._L),
  NoSuchMonitoringSubscription$: () => (/* reexport */ schemas_0/* NoSuchMonitoringSubscription$ */.wcy),
  NoSuchOrigin: () => (/* reexport */ errors/* NoSuchOrigin */.nM),
  NoSuchOrigin$: () => (/* reexport */ schemas_0/* NoSuchOrigin$ */.b5J),
  NoSuchOriginAccessControl: () => (/* reexport */ errors/* NoSuchOriginAccessControl */.CZ),
  NoSuchOriginAccessControl$: () => (/* reexport */ schemas_0/* NoSuchOriginAccessControl$ */.I6n),
  NoSuchOriginRequestPolicy: () => (/* reexport */ errors/* NoSuchOriginRequestPolicy */.YK),
  NoSuchOriginRequestPolicy$: () => (/* reexport */ schemas_0/* NoSuchOriginRequestPolicy$ */.kie),
  NoSuchPublicKey: () => (/* reexport */ errors/* NoSuchPublicKey */.dj),
  NoSuchPublicKey$: () => (/* reexport */ schemas_0/* NoSuchPublicKey$ */.nJ9),
  NoSuchRealtimeLogConfig: () => (/* reexport */ errors/* NoSuchRealtimeLogConfig */.wz),
  NoSuchRealtimeLogConfig$: () => (/* reexport */ schemas_0/* NoSuchRealtimeLogConfig$ */.G4S),
  NoSuchResource: () => (/* reexport */ errors/* NoSuchResource */.PZ),
  NoSuchResource$: () => (/* reexport */ schemas_0/* NoSuchResource$ */.Psc),
  NoSuchResponseHeadersPolicy: () => (/* reexport */ errors/* NoSuchResponseHeadersPolicy */.Wr),
  NoSuchResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* NoSuchResponseHeadersPolicy$ */.OLV),
  NoSuchStreamingDistribution: () => (/* reexport */ errors/* NoSuchStreamingDistribution */.xo),
  NoSuchStreamingDistribution$: () => (/* reexport */ schemas_0/* NoSuchStreamingDistribution$ */.xTC),
  Origin$: () => (/* reexport */ schemas_0/* Origin$ */.v9o),
  OriginAccessControl$: () => (/* reexport */ schemas_0/* OriginAccessControl$ */.C5q),
  OriginAccessControlAlreadyExists: () => (/* reexport */ errors/* OriginAccessControlAlreadyExists */.aD),
  OriginAccessControlAlreadyExists$: () => (/* reexport */ schemas_0/* OriginAccessControlAlreadyExists$ */.QoX),
  OriginAccessControlConfig$: () => (/* reexport */ schemas_0/* OriginAccessControlConfig$ */.sJA),
  OriginAccessControlInUse: () => (/* reexport */ errors/* OriginAccessControlInUse */.ye),
  OriginAccessControlInUse$: () => (/* reexport */ schemas_0/* OriginAccessControlInUse$ */.Uz_),
  OriginAccessControlList$: () => (/* reexport */ schemas_0/* OriginAccessControlList$ */.EK$),
  OriginAccessControlOriginTypes: () => (/* reexport */ OriginAccessControlOriginTypes),
  OriginAccessControlSigningBehaviors: () => (/* reexport */ OriginAccessControlSigningBehaviors),
  OriginAccessControlSigningProtocols: () => (/* reexport */ OriginAccessControlSigningProtocols),
  OriginAccessControlSummary$: () => (/* reexport */ schemas_0/* OriginAccessControlSummary$ */.S3),
  OriginCustomHeader$: () => (/* reexport */ schemas_0/* OriginCustomHeader$ */.xvM),
  OriginGroup$: () => (/* reexport */ schemas_0/* OriginGroup$ */.uTF),
  OriginGroupFailoverCriteria$: () => (/* reexport */ schemas_0/* OriginGroupFailoverCriteria$ */.JtW),
  OriginGroupMember$: () => (/* reexport */ schemas_0/* OriginGroupMember$ */.MfZ),
  OriginGroupMembers$: () => (/* reexport */ schemas_0/* OriginGroupMembers$ */.lND),
  OriginGroupSelectionCriteria: () => (/* reexport */ OriginGroupSelectionCriteria),
  OriginGroups$: () => (/* reexport */ schemas_0/* OriginGroups$ */.jhV),
  OriginMtlsConfig$: () => (/* reexport */ schemas_0/* OriginMtlsConfig$ */.Rv8),
  OriginProtocolPolicy: () => (/* reexport */ OriginProtocolPolicy),
  OriginRequestPolicy$: () => (/* reexport */ schemas_0/* OriginRequestPolicy$ */.SBR),
  OriginRequestPolicyAlreadyExists: () => (/* reexport */ errors/* OriginRequestPolicyAlreadyExists */.Ym),
  OriginRequestPolicyAlreadyExists$: () => (/* reexport */ schemas_0/* OriginRequestPolicyAlreadyExists$ */.s0X),
  OriginRequestPolicyConfig$: () => (/* reexport */ schemas_0/* OriginRequestPolicyConfig$ */.kb2),
  OriginRequestPolicyCookieBehavior: () => (/* reexport */ OriginRequestPolicyCookieBehavior),
  OriginRequestPolicyCookiesConfig$: () => (/* reexport */ schemas_0/* OriginRequestPolicyCookiesConfig$ */.VWp),
  OriginRequestPolicyHeaderBehavior: () => (/* reexport */ OriginRequestPolicyHeaderBehavior),
  OriginRequestPolicyHeadersConfig$: () => (/* reexport */ schemas_0/* OriginRequestPolicyHeadersConfig$ */.a3S),
  OriginRequestPolicyInUse: () => (/* reexport */ errors/* OriginRequestPolicyInUse */.yE),
  OriginRequestPolicyInUse$: () => (/* reexport */ schemas_0/* OriginRequestPolicyInUse$ */.ymQ),
  OriginRequestPolicyList$: () => (/* reexport */ schemas_0/* OriginRequestPolicyList$ */.gY5),
  OriginRequestPolicyQueryStringBehavior: () => (/* reexport */ OriginRequestPolicyQueryStringBehavior),
  OriginRequestPolicyQueryStringsConfig$: () => (/* reexport */ schemas_0/* OriginRequestPolicyQueryStringsConfig$ */.ibg),
  OriginRequestPolicySummary$: () => (/* reexport */ schemas_0/* OriginRequestPolicySummary$ */.KnB),
  OriginRequestPolicyType: () => (/* reexport */ OriginRequestPolicyType),
  OriginShield$: () => (/* reexport */ schemas_0/* OriginShield$ */.c8v),
  OriginSslProtocols$: () => (/* reexport */ schemas_0/* OriginSslProtocols$ */.kHJ),
  Origins$: () => (/* reexport */ schemas_0/* Origins$ */.UB6),
  Parameter$: () => (/* reexport */ schemas_0/* Parameter$ */.OA3),
  ParameterDefinition$: () => (/* reexport */ schemas_0/* ParameterDefinition$ */.hzY),
  ParameterDefinitionSchema$: () => (/* reexport */ schemas_0/* ParameterDefinitionSchema$ */.Ygg),
  ParametersInCacheKeyAndForwardedToOrigin$: () => (/* reexport */ schemas_0/* ParametersInCacheKeyAndForwardedToOrigin$ */.de3),
  Paths$: () => (/* reexport */ schemas_0/* Paths$ */.vfP),
  PreconditionFailed: () => (/* reexport */ errors/* PreconditionFailed */.OJ),
  PreconditionFailed$: () => (/* reexport */ schemas_0/* PreconditionFailed$ */.SLW),
  PriceClass: () => (/* reexport */ PriceClass),
  PublicKey$: () => (/* reexport */ schemas_0/* PublicKey$ */.JWO),
  PublicKeyAlreadyExists: () => (/* reexport */ errors/* PublicKeyAlreadyExists */.Hl),
  PublicKeyAlreadyExists$: () => (/* reexport */ schemas_0/* PublicKeyAlreadyExists$ */.zoI),
  PublicKeyConfig$: () => (/* reexport */ schemas_0/* PublicKeyConfig$ */.Rrg),
  PublicKeyInUse: () => (/* reexport */ errors/* PublicKeyInUse */.ZN),
  PublicKeyInUse$: () => (/* reexport */ schemas_0/* PublicKeyInUse$ */.Vwj),
  PublicKeyList$: () => (/* reexport */ schemas_0/* PublicKeyList$ */.X3c),
  PublicKeySummary$: () => (/* reexport */ schemas_0/* PublicKeySummary$ */.VzJ),
  PublishConnectionFunction$: () => (/* reexport */ schemas_0/* PublishConnectionFunction$ */.eeD),
  PublishConnectionFunctionCommand: () => (/* reexport */ PublishConnectionFunctionCommand),
  PublishConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* PublishConnectionFunctionRequest$ */.zAy),
  PublishConnectionFunctionResult$: () => (/* reexport */ schemas_0/* PublishConnectionFunctionResult$ */.lZ6),
  PublishFunction$: () => (/* reexport */ schemas_0/* PublishFunction$ */._ip),
  PublishFunctionCommand: () => (/* reexport */ PublishFunctionCommand),
  PublishFunctionRequest$: () => (/* reexport */ schemas_0/* PublishFunctionRequest$ */.Njv),
  PublishFunctionResult$: () => (/* reexport */ schemas_0/* PublishFunctionResult$ */.PkW),
  PutResourcePolicy$: () => (/* reexport */ schemas_0/* PutResourcePolicy$ */.kdY),
  PutResourcePolicyCommand: () => (/* reexport */ PutResourcePolicyCommand),
  PutResourcePolicyRequest$: () => (/* reexport */ schemas_0/* PutResourcePolicyRequest$ */.ne4),
  PutResourcePolicyResult$: () => (/* reexport */ schemas_0/* PutResourcePolicyResult$ */.XIP),
  QueryArgProfile$: () => (/* reexport */ schemas_0/* QueryArgProfile$ */.g4w),
  QueryArgProfileConfig$: () => (/* reexport */ schemas_0/* QueryArgProfileConfig$ */.qeA),
  QueryArgProfileEmpty: () => (/* reexport */ errors/* QueryArgProfileEmpty */.Fj),
  QueryArgProfileEmpty$: () => (/* reexport */ schemas_0/* QueryArgProfileEmpty$ */.XVU),
  QueryArgProfiles$: () => (/* reexport */ schemas_0/* QueryArgProfiles$ */.Zso),
  QueryStringCacheKeys$: () => (/* reexport */ schemas_0/* QueryStringCacheKeys$ */.s7D),
  QueryStringNames$: () => (/* reexport */ schemas_0/* QueryStringNames$ */.G55),
  RealtimeLogConfig$: () => (/* reexport */ schemas_0/* RealtimeLogConfig$ */.iU),
  RealtimeLogConfigAlreadyExists: () => (/* reexport */ errors/* RealtimeLogConfigAlreadyExists */.aQ),
  RealtimeLogConfigAlreadyExists$: () => (/* reexport */ schemas_0/* RealtimeLogConfigAlreadyExists$ */.gV4),
  RealtimeLogConfigInUse: () => (/* reexport */ errors/* RealtimeLogConfigInUse */._j),
  RealtimeLogConfigInUse$: () => (/* reexport */ schemas_0/* RealtimeLogConfigInUse$ */.Yu3),
  RealtimeLogConfigOwnerMismatch: () => (/* reexport */ errors/* RealtimeLogConfigOwnerMismatch */.Pe),
  RealtimeLogConfigOwnerMismatch$: () => (/* reexport */ schemas_0/* RealtimeLogConfigOwnerMismatch$ */.DNe),
  RealtimeLogConfigs$: () => (/* reexport */ schemas_0/* RealtimeLogConfigs$ */.pLg),
  RealtimeMetricsSubscriptionConfig$: () => (/* reexport */ schemas_0/* RealtimeMetricsSubscriptionConfig$ */.OJC),
  RealtimeMetricsSubscriptionStatus: () => (/* reexport */ RealtimeMetricsSubscriptionStatus),
  ReferrerPolicyList: () => (/* reexport */ ReferrerPolicyList),
  ResourceInUse: () => (/* reexport */ errors/* ResourceInUse */.LH),
  ResourceInUse$: () => (/* reexport */ schemas_0/* ResourceInUse$ */.lhk),
  ResourceNotDisabled: () => (/* reexport */ errors/* ResourceNotDisabled */.Kt),
  ResourceNotDisabled$: () => (/* reexport */ schemas_0/* ResourceNotDisabled$ */.iL2),
  ResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicy$ */.ICF),
  ResponseHeadersPolicyAccessControlAllowHeaders$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyAccessControlAllowHeaders$ */.cRE),
  ResponseHeadersPolicyAccessControlAllowMethods$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyAccessControlAllowMethods$ */.q86),
  ResponseHeadersPolicyAccessControlAllowMethodsValues: () => (/* reexport */ ResponseHeadersPolicyAccessControlAllowMethodsValues),
  ResponseHeadersPolicyAccessControlAllowOrigins$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyAccessControlAllowOrigins$ */.Bzw),
  ResponseHeadersPolicyAccessControlExposeHeaders$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyAccessControlExposeHeaders$ */.HAL),
  ResponseHeadersPolicyAlreadyExists: () => (/* reexport */ errors/* ResponseHeadersPolicyAlreadyExists */.EC),
  ResponseHeadersPolicyAlreadyExists$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyAlreadyExists$ */.cUp),
  ResponseHeadersPolicyConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyConfig$ */.Sai),
  ResponseHeadersPolicyContentSecurityPolicy$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyContentSecurityPolicy$ */.HDy),
  ResponseHeadersPolicyContentTypeOptions$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyContentTypeOptions$ */.zrQ),
  ResponseHeadersPolicyCorsConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyCorsConfig$ */.JHk),
  ResponseHeadersPolicyCustomHeader$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyCustomHeader$ */.AhF),
  ResponseHeadersPolicyCustomHeadersConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyCustomHeadersConfig$ */.vlM),
  ResponseHeadersPolicyFrameOptions$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyFrameOptions$ */.NaY),
  ResponseHeadersPolicyInUse: () => (/* reexport */ errors/* ResponseHeadersPolicyInUse */.Ss),
  ResponseHeadersPolicyInUse$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyInUse$ */.ktk),
  ResponseHeadersPolicyList$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyList$ */.a9n),
  ResponseHeadersPolicyReferrerPolicy$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyReferrerPolicy$ */.XBd),
  ResponseHeadersPolicyRemoveHeader$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyRemoveHeader$ */.vF9),
  ResponseHeadersPolicyRemoveHeadersConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyRemoveHeadersConfig$ */.seD),
  ResponseHeadersPolicySecurityHeadersConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicySecurityHeadersConfig$ */.Cs5),
  ResponseHeadersPolicyServerTimingHeadersConfig$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyServerTimingHeadersConfig$ */.fOI),
  ResponseHeadersPolicyStrictTransportSecurity$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyStrictTransportSecurity$ */.iXf),
  ResponseHeadersPolicySummary$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicySummary$ */.mJC),
  ResponseHeadersPolicyType: () => (/* reexport */ ResponseHeadersPolicyType),
  ResponseHeadersPolicyXSSProtection$: () => (/* reexport */ schemas_0/* ResponseHeadersPolicyXSSProtection$ */.Bsw),
  Restrictions$: () => (/* reexport */ schemas_0/* Restrictions$ */.sYc),
  S3Origin$: () => (/* reexport */ schemas_0/* S3Origin$ */.FZB),
  S3OriginConfig$: () => (/* reexport */ schemas_0/* S3OriginConfig$ */.zVF),
  SSLSupportMethod: () => (/* reexport */ SSLSupportMethod),
  SessionStickinessConfig$: () => (/* reexport */ schemas_0/* SessionStickinessConfig$ */.v85),
  Signer$: () => (/* reexport */ schemas_0/* Signer$ */.fNC),
  SslProtocol: () => (/* reexport */ SslProtocol),
  StagingDistributionDnsNames$: () => (/* reexport */ schemas_0/* StagingDistributionDnsNames$ */.nyX),
  StagingDistributionInUse: () => (/* reexport */ errors/* StagingDistributionInUse */._R),
  StagingDistributionInUse$: () => (/* reexport */ schemas_0/* StagingDistributionInUse$ */.aHd),
  StatusCodes$: () => (/* reexport */ schemas_0/* StatusCodes$ */.HNC),
  StreamingDistribution$: () => (/* reexport */ schemas_0/* StreamingDistribution$ */.$g6),
  StreamingDistributionAlreadyExists: () => (/* reexport */ errors/* StreamingDistributionAlreadyExists */.$4),
  StreamingDistributionAlreadyExists$: () => (/* reexport */ schemas_0/* StreamingDistributionAlreadyExists$ */.HhM),
  StreamingDistributionConfig$: () => (/* reexport */ schemas_0/* StreamingDistributionConfig$ */.jdF),
  StreamingDistributionConfigWithTags$: () => (/* reexport */ schemas_0/* StreamingDistributionConfigWithTags$ */.gWr),
  StreamingDistributionList$: () => (/* reexport */ schemas_0/* StreamingDistributionList$ */.Z$0),
  StreamingDistributionNotDisabled: () => (/* reexport */ errors/* StreamingDistributionNotDisabled */._t),
  StreamingDistributionNotDisabled$: () => (/* reexport */ schemas_0/* StreamingDistributionNotDisabled$ */.k6P),
  StreamingDistributionSummary$: () => (/* reexport */ schemas_0/* StreamingDistributionSummary$ */.pyM),
  StreamingLoggingConfig$: () => (/* reexport */ schemas_0/* StreamingLoggingConfig$ */.qzW),
  StringSchemaConfig$: () => (/* reexport */ schemas_0/* StringSchemaConfig$ */.Lm3),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  TagKeys$: () => (/* reexport */ schemas_0/* TagKeys$ */.DVi),
  TagResource$: () => (/* reexport */ schemas_0/* TagResource$ */.Jqp),
  TagResourceCommand: () => (/* reexport */ TagResourceCommand),
  TagResourceRequest$: () => (/* reexport */ schemas_0/* TagResourceRequest$ */.uG_),
  Tags$: () => (/* reexport */ schemas_0/* Tags$ */.GUF),
  TenantConfig$: () => (/* reexport */ schemas_0/* TenantConfig$ */.jJe),
  TestConnectionFunction$: () => (/* reexport */ schemas_0/* TestConnectionFunction$ */.xhM),
  TestConnectionFunctionCommand: () => (/* reexport */ TestConnectionFunctionCommand),
  TestConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* TestConnectionFunctionRequest$ */.Kxf),
  TestConnectionFunctionResult$: () => (/* reexport */ schemas_0/* TestConnectionFunctionResult$ */.cH5),
  TestFunction$: () => (/* reexport */ schemas_0/* TestFunction$ */.bg2),
  TestFunctionCommand: () => (/* reexport */ TestFunctionCommand),
  TestFunctionFailed: () => (/* reexport */ errors/* TestFunctionFailed */.mQ),
  TestFunctionFailed$: () => (/* reexport */ schemas_0/* TestFunctionFailed$ */.SiI),
  TestFunctionRequest$: () => (/* reexport */ schemas_0/* TestFunctionRequest$ */.e5Q),
  TestFunctionResult$: () => (/* reexport */ schemas_0/* TestFunctionResult$ */.akP),
  TestResult$: () => (/* reexport */ schemas_0/* TestResult$ */.aOw),
  TooLongCSPInResponseHeadersPolicy: () => (/* reexport */ errors/* TooLongCSPInResponseHeadersPolicy */.JI),
  TooLongCSPInResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* TooLongCSPInResponseHeadersPolicy$ */.be3),
  TooManyCacheBehaviors: () => (/* reexport */ errors/* TooManyCacheBehaviors */.Bh),
  TooManyCacheBehaviors$: () => (/* reexport */ schemas_0/* TooManyCacheBehaviors$ */.pAS),
  TooManyCachePolicies: () => (/* reexport */ errors/* TooManyCachePolicies */.EI),
  TooManyCachePolicies$: () => (/* reexport */ schemas_0/* TooManyCachePolicies$ */.cus),
  TooManyCertificates: () => (/* reexport */ errors/* TooManyCertificates */.kG),
  TooManyCertificates$: () => (/* reexport */ schemas_0/* TooManyCertificates$ */.WFi),
  TooManyCloudFrontOriginAccessIdentities: () => (/* reexport */ errors/* TooManyCloudFrontOriginAccessIdentities */.W),
  TooManyCloudFrontOriginAccessIdentities$: () => (/* reexport */ schemas_0/* TooManyCloudFrontOriginAccessIdentities$ */.aUx),
  TooManyContinuousDeploymentPolicies: () => (/* reexport */ errors/* TooManyContinuousDeploymentPolicies */.In),
  TooManyContinuousDeploymentPolicies$: () => (/* reexport */ schemas_0/* TooManyContinuousDeploymentPolicies$ */.QxL),
  TooManyCookieNamesInWhiteList: () => (/* reexport */ errors/* TooManyCookieNamesInWhiteList */.uy),
  TooManyCookieNamesInWhiteList$: () => (/* reexport */ schemas_0/* TooManyCookieNamesInWhiteList$ */.mkT),
  TooManyCookiesInCachePolicy: () => (/* reexport */ errors/* TooManyCookiesInCachePolicy */.ke),
  TooManyCookiesInCachePolicy$: () => (/* reexport */ schemas_0/* TooManyCookiesInCachePolicy$ */.M6F),
  TooManyCookiesInOriginRequestPolicy: () => (/* reexport */ errors/* TooManyCookiesInOriginRequestPolicy */.nk),
  TooManyCookiesInOriginRequestPolicy$: () => (/* reexport */ schemas_0/* TooManyCookiesInOriginRequestPolicy$ */.$hg),
  TooManyCustomHeadersInResponseHeadersPolicy: () => (/* reexport */ errors/* TooManyCustomHeadersInResponseHeadersPolicy */.lH),
  TooManyCustomHeadersInResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* TooManyCustomHeadersInResponseHeadersPolicy$ */.LB0),
  TooManyDistributionCNAMEs: () => (/* reexport */ errors/* TooManyDistributionCNAMEs */.Dq),
  TooManyDistributionCNAMEs$: () => (/* reexport */ schemas_0/* TooManyDistributionCNAMEs$ */.$Le),
  TooManyDistributions: () => (/* reexport */ errors/* TooManyDistributions */.tk),
  TooManyDistributions$: () => (/* reexport */ schemas_0/* TooManyDistributions$ */.xdM),
  TooManyDistributionsAssociatedToCachePolicy: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToCachePolicy */.CX),
  TooManyDistributionsAssociatedToCachePolicy$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToCachePolicy$ */.CHs),
  TooManyDistributionsAssociatedToFieldLevelEncryptionConfig: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToFieldLevelEncryptionConfig */.zW),
  TooManyDistributionsAssociatedToFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToFieldLevelEncryptionConfig$ */.dQ0),
  TooManyDistributionsAssociatedToKeyGroup: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToKeyGroup */.EX),
  TooManyDistributionsAssociatedToKeyGroup$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToKeyGroup$ */.qSd),
  TooManyDistributionsAssociatedToOriginAccessControl: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToOriginAccessControl */.rs),
  TooManyDistributionsAssociatedToOriginAccessControl$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToOriginAccessControl$ */.ZiT),
  TooManyDistributionsAssociatedToOriginRequestPolicy: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToOriginRequestPolicy */.xd),
  TooManyDistributionsAssociatedToOriginRequestPolicy$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToOriginRequestPolicy$ */.J6o),
  TooManyDistributionsAssociatedToResponseHeadersPolicy: () => (/* reexport */ errors/* TooManyDistributionsAssociatedToResponseHeadersPolicy */.T),
  TooManyDistributionsAssociatedToResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* TooManyDistributionsAssociatedToResponseHeadersPolicy$ */.ffj),
  TooManyDistributionsWithFunctionAssociations: () => (/* reexport */ errors/* TooManyDistributionsWithFunctionAssociations */.tY),
  TooManyDistributionsWithFunctionAssociations$: () => (/* reexport */ schemas_0/* TooManyDistributionsWithFunctionAssociations$ */.Tk1),
  TooManyDistributionsWithLambdaAssociations: () => (/* reexport */ errors/* TooManyDistributionsWithLambdaAssociations */.sO),
  TooManyDistributionsWithLambdaAssociations$: () => (/* reexport */ schemas_0/* TooManyDistributionsWithLambdaAssociations$ */.Y4Z),
  TooManyDistributionsWithSingleFunctionARN: () => (/* reexport */ errors/* TooManyDistributionsWithSingleFunctionARN */.QT),
  TooManyDistributionsWithSingleFunctionARN$: () => (/* reexport */ schemas_0/* TooManyDistributionsWithSingleFunctionARN$ */.GAy),
  TooManyFieldLevelEncryptionConfigs: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionConfigs */.YT),
  TooManyFieldLevelEncryptionConfigs$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionConfigs$ */.qwl),
  TooManyFieldLevelEncryptionContentTypeProfiles: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionContentTypeProfiles */.KM),
  TooManyFieldLevelEncryptionContentTypeProfiles$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionContentTypeProfiles$ */.um7),
  TooManyFieldLevelEncryptionEncryptionEntities: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionEncryptionEntities */.H4),
  TooManyFieldLevelEncryptionEncryptionEntities$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionEncryptionEntities$ */.d2Q),
  TooManyFieldLevelEncryptionFieldPatterns: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionFieldPatterns */.iK),
  TooManyFieldLevelEncryptionFieldPatterns$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionFieldPatterns$ */.YRH),
  TooManyFieldLevelEncryptionProfiles: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionProfiles */.P),
  TooManyFieldLevelEncryptionProfiles$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionProfiles$ */.jPQ),
  TooManyFieldLevelEncryptionQueryArgProfiles: () => (/* reexport */ errors/* TooManyFieldLevelEncryptionQueryArgProfiles */.L4),
  TooManyFieldLevelEncryptionQueryArgProfiles$: () => (/* reexport */ schemas_0/* TooManyFieldLevelEncryptionQueryArgProfiles$ */.V63),
  TooManyFunctionAssociations: () => (/* reexport */ errors/* TooManyFunctionAssociations */.GX),
  TooManyFunctionAssociations$: () => (/* reexport */ schemas_0/* TooManyFunctionAssociations$ */.Ac_),
  TooManyFunctions: () => (/* reexport */ errors/* TooManyFunctions */.XC),
  TooManyFunctions$: () => (/* reexport */ schemas_0/* TooManyFunctions$ */.NKp),
  TooManyHeadersInCachePolicy: () => (/* reexport */ errors/* TooManyHeadersInCachePolicy */.vn),
  TooManyHeadersInCachePolicy$: () => (/* reexport */ schemas_0/* TooManyHeadersInCachePolicy$ */.$uG),
  TooManyHeadersInForwardedValues: () => (/* reexport */ errors/* TooManyHeadersInForwardedValues */.ro),
  TooManyHeadersInForwardedValues$: () => (/* reexport */ schemas_0/* TooManyHeadersInForwardedValues$ */.Vc3),
  TooManyHeadersInOriginRequestPolicy: () => (/* reexport */ errors/* TooManyHeadersInOriginRequestPolicy */.ee),
  TooManyHeadersInOriginRequestPolicy$: () => (/* reexport */ schemas_0/* TooManyHeadersInOriginRequestPolicy$ */.SgK),
  TooManyInvalidationsInProgress: () => (/* reexport */ errors/* TooManyInvalidationsInProgress */.v0),
  TooManyInvalidationsInProgress$: () => (/* reexport */ schemas_0/* TooManyInvalidationsInProgress$ */.rJ6),
  TooManyKeyGroups: () => (/* reexport */ errors/* TooManyKeyGroups */.fZ),
  TooManyKeyGroups$: () => (/* reexport */ schemas_0/* TooManyKeyGroups$ */.n_S),
  TooManyKeyGroupsAssociatedToDistribution: () => (/* reexport */ errors/* TooManyKeyGroupsAssociatedToDistribution */.Ez),
  TooManyKeyGroupsAssociatedToDistribution$: () => (/* reexport */ schemas_0/* TooManyKeyGroupsAssociatedToDistribution$ */.KgT),
  TooManyLambdaFunctionAssociations: () => (/* reexport */ errors/* TooManyLambdaFunctionAssociations */.JS),
  TooManyLambdaFunctionAssociations$: () => (/* reexport */ schemas_0/* TooManyLambdaFunctionAssociations$ */.NLq),
  TooManyOriginAccessControls: () => (/* reexport */ errors/* TooManyOriginAccessControls */.s$),
  TooManyOriginAccessControls$: () => (/* reexport */ schemas_0/* TooManyOriginAccessControls$ */.G4F),
  TooManyOriginCustomHeaders: () => (/* reexport */ errors/* TooManyOriginCustomHeaders */.h7),
  TooManyOriginCustomHeaders$: () => (/* reexport */ schemas_0/* TooManyOriginCustomHeaders$ */.BMx),
  TooManyOriginGroupsPerDistribution: () => (/* reexport */ errors/* TooManyOriginGroupsPerDistribution */.rF),
  TooManyOriginGroupsPerDistribution$: () => (/* reexport */ schemas_0/* TooManyOriginGroupsPerDistribution$ */.xv2),
  TooManyOriginRequestPolicies: () => (/* reexport */ errors/* TooManyOriginRequestPolicies */.NR),
  TooManyOriginRequestPolicies$: () => (/* reexport */ schemas_0/* TooManyOriginRequestPolicies$ */.$pr),
  TooManyOrigins: () => (/* reexport */ errors/* TooManyOrigins */.JG),
  TooManyOrigins$: () => (/* reexport */ schemas_0/* TooManyOrigins$ */.$8U),
  TooManyPublicKeys: () => (/* reexport */ errors/* TooManyPublicKeys */.JZ),
  TooManyPublicKeys$: () => (/* reexport */ schemas_0/* TooManyPublicKeys$ */.X$),
  TooManyPublicKeysInKeyGroup: () => (/* reexport */ errors/* TooManyPublicKeysInKeyGroup */.Y2),
  TooManyPublicKeysInKeyGroup$: () => (/* reexport */ schemas_0/* TooManyPublicKeysInKeyGroup$ */.uRK),
  TooManyQueryStringParameters: () => (/* reexport */ errors/* TooManyQueryStringParameters */.DI),
  TooManyQueryStringParameters$: () => (/* reexport */ schemas_0/* TooManyQueryStringParameters$ */.Rwk),
  TooManyQueryStringsInCachePolicy: () => (/* reexport */ errors/* TooManyQueryStringsInCachePolicy */.LJ),
  TooManyQueryStringsInCachePolicy$: () => (/* reexport */ schemas_0/* TooManyQueryStringsInCachePolicy$ */.PuU),
  TooManyQueryStringsInOriginRequestPolicy: () => (/* reexport */ errors/* TooManyQueryStringsInOriginRequestPolicy */.aW),
  TooManyQueryStringsInOriginRequestPolicy$: () => (/* reexport */ schemas_0/* TooManyQueryStringsInOriginRequestPolicy$ */.eGg),
  TooManyRealtimeLogConfigs: () => (/* reexport */ errors/* TooManyRealtimeLogConfigs */.KR),
  TooManyRealtimeLogConfigs$: () => (/* reexport */ schemas_0/* TooManyRealtimeLogConfigs$ */.QkZ),
  TooManyRemoveHeadersInResponseHeadersPolicy: () => (/* reexport */ errors/* TooManyRemoveHeadersInResponseHeadersPolicy */.Rm),
  TooManyRemoveHeadersInResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* TooManyRemoveHeadersInResponseHeadersPolicy$ */.UrC),
  TooManyResponseHeadersPolicies: () => (/* reexport */ errors/* TooManyResponseHeadersPolicies */.jI),
  TooManyResponseHeadersPolicies$: () => (/* reexport */ schemas_0/* TooManyResponseHeadersPolicies$ */.r34),
  TooManyStreamingDistributionCNAMEs: () => (/* reexport */ errors/* TooManyStreamingDistributionCNAMEs */.FR),
  TooManyStreamingDistributionCNAMEs$: () => (/* reexport */ schemas_0/* TooManyStreamingDistributionCNAMEs$ */.dwx),
  TooManyStreamingDistributions: () => (/* reexport */ errors/* TooManyStreamingDistributions */.p_),
  TooManyStreamingDistributions$: () => (/* reexport */ schemas_0/* TooManyStreamingDistributions$ */.x5L),
  TooManyTrustedSigners: () => (/* reexport */ errors/* TooManyTrustedSigners */.sb),
  TooManyTrustedSigners$: () => (/* reexport */ schemas_0/* TooManyTrustedSigners$ */.I3c),
  TrafficConfig$: () => (/* reexport */ schemas_0/* TrafficConfig$ */.uWM),
  TrustStore$: () => (/* reexport */ schemas_0/* TrustStore$ */.smv),
  TrustStoreConfig$: () => (/* reexport */ schemas_0/* TrustStoreConfig$ */.WYb),
  TrustStoreStatus: () => (/* reexport */ TrustStoreStatus),
  TrustStoreSummary$: () => (/* reexport */ schemas_0/* TrustStoreSummary$ */.cQw),
  TrustedKeyGroupDoesNotExist: () => (/* reexport */ errors/* TrustedKeyGroupDoesNotExist */.H0),
  TrustedKeyGroupDoesNotExist$: () => (/* reexport */ schemas_0/* TrustedKeyGroupDoesNotExist$ */.R_B),
  TrustedKeyGroups$: () => (/* reexport */ schemas_0/* TrustedKeyGroups$ */.jjR),
  TrustedSignerDoesNotExist: () => (/* reexport */ errors/* TrustedSignerDoesNotExist */.Ff),
  TrustedSignerDoesNotExist$: () => (/* reexport */ schemas_0/* TrustedSignerDoesNotExist$ */.taS),
  TrustedSigners$: () => (/* reexport */ schemas_0/* TrustedSigners$ */.JSU),
  UnsupportedOperation: () => (/* reexport */ errors/* UnsupportedOperation */.D9),
  UnsupportedOperation$: () => (/* reexport */ schemas_0/* UnsupportedOperation$ */.h9l),
  UntagResource$: () => (/* reexport */ schemas_0/* UntagResource$ */.AUX),
  UntagResourceCommand: () => (/* reexport */ UntagResourceCommand),
  UntagResourceRequest$: () => (/* reexport */ schemas_0/* UntagResourceRequest$ */.H$X),
  UpdateAnycastIpList$: () => (/* reexport */ schemas_0/* UpdateAnycastIpList$ */.Udf),
  UpdateAnycastIpListCommand: () => (/* reexport */ UpdateAnycastIpListCommand),
  UpdateAnycastIpListRequest$: () => (/* reexport */ schemas_0/* UpdateAnycastIpListRequest$ */.tnR),
  UpdateAnycastIpListResult$: () => (/* reexport */ schemas_0/* UpdateAnycastIpListResult$ */.RzI),
  UpdateCachePolicy$: () => (/* reexport */ schemas_0/* UpdateCachePolicy$ */.UH4),
  UpdateCachePolicyCommand: () => (/* reexport */ UpdateCachePolicyCommand),
  UpdateCachePolicyRequest$: () => (/* reexport */ schemas_0/* UpdateCachePolicyRequest$ */.BBX),
  UpdateCachePolicyResult$: () => (/* reexport */ schemas_0/* UpdateCachePolicyResult$ */.jAN),
  UpdateCloudFrontOriginAccessIdentity$: () => (/* reexport */ schemas_0/* UpdateCloudFrontOriginAccessIdentity$ */.w2g),
  UpdateCloudFrontOriginAccessIdentityCommand: () => (/* reexport */ UpdateCloudFrontOriginAccessIdentityCommand),
  UpdateCloudFrontOriginAccessIdentityRequest$: () => (/* reexport */ schemas_0/* UpdateCloudFrontOriginAccessIdentityRequest$ */.FqP),
  UpdateCloudFrontOriginAccessIdentityResult$: () => (/* reexport */ schemas_0/* UpdateCloudFrontOriginAccessIdentityResult$ */.P7R),
  UpdateConnectionFunction$: () => (/* reexport */ schemas_0/* UpdateConnectionFunction$ */.o$I),
  UpdateConnectionFunctionCommand: () => (/* reexport */ UpdateConnectionFunctionCommand),
  UpdateConnectionFunctionRequest$: () => (/* reexport */ schemas_0/* UpdateConnectionFunctionRequest$ */.jG6),
  UpdateConnectionFunctionResult$: () => (/* reexport */ schemas_0/* UpdateConnectionFunctionResult$ */.Bfw),
  UpdateConnectionGroup$: () => (/* reexport */ schemas_0/* UpdateConnectionGroup$ */.zJJ),
  UpdateConnectionGroupCommand: () => (/* reexport */ UpdateConnectionGroupCommand),
  UpdateConnectionGroupRequest$: () => (/* reexport */ schemas_0/* UpdateConnectionGroupRequest$ */.grH),
  UpdateConnectionGroupResult$: () => (/* reexport */ schemas_0/* UpdateConnectionGroupResult$ */.it5),
  UpdateContinuousDeploymentPolicy$: () => (/* reexport */ schemas_0/* UpdateContinuousDeploymentPolicy$ */.cMG),
  UpdateContinuousDeploymentPolicyCommand: () => (/* reexport */ UpdateContinuousDeploymentPolicyCommand/* UpdateContinuousDeploymentPolicyCommand */.h),
  UpdateContinuousDeploymentPolicyRequest$: () => (/* reexport */ schemas_0/* UpdateContinuousDeploymentPolicyRequest$ */.blm),
  UpdateContinuousDeploymentPolicyResult$: () => (/* reexport */ schemas_0/* UpdateContinuousDeploymentPolicyResult$ */.FS8),
  UpdateDistribution$: () => (/* reexport */ schemas_0/* UpdateDistribution$ */.W73),
  UpdateDistributionCommand: () => (/* reexport */ UpdateDistributionCommand/* UpdateDistributionCommand */.Z),
  UpdateDistributionRequest$: () => (/* reexport */ schemas_0/* UpdateDistributionRequest$ */.L7q),
  UpdateDistributionResult$: () => (/* reexport */ schemas_0/* UpdateDistributionResult$ */.fLp),
  UpdateDistributionTenant$: () => (/* reexport */ schemas_0/* UpdateDistributionTenant$ */.Aem),
  UpdateDistributionTenantCommand: () => (/* reexport */ UpdateDistributionTenantCommand),
  UpdateDistributionTenantRequest$: () => (/* reexport */ schemas_0/* UpdateDistributionTenantRequest$ */.JM0),
  UpdateDistributionTenantResult$: () => (/* reexport */ schemas_0/* UpdateDistributionTenantResult$ */.D5f),
  UpdateDistributionWithStagingConfig$: () => (/* reexport */ schemas_0/* UpdateDistributionWithStagingConfig$ */.tv6),
  UpdateDistributionWithStagingConfigCommand: () => (/* reexport */ UpdateDistributionWithStagingConfigCommand/* UpdateDistributionWithStagingConfigCommand */.q),
  UpdateDistributionWithStagingConfigRequest$: () => (/* reexport */ schemas_0/* UpdateDistributionWithStagingConfigRequest$ */.k2Q),
  UpdateDistributionWithStagingConfigResult$: () => (/* reexport */ schemas_0/* UpdateDistributionWithStagingConfigResult$ */.Mtt),
  UpdateDomainAssociation$: () => (/* reexport */ schemas_0/* UpdateDomainAssociation$ */.ff9),
  UpdateDomainAssociationCommand: () => (/* reexport */ UpdateDomainAssociationCommand),
  UpdateDomainAssociationRequest$: () => (/* reexport */ schemas_0/* UpdateDomainAssociationRequest$ */.GMZ),
  UpdateDomainAssociationResult$: () => (/* reexport */ schemas_0/* UpdateDomainAssociationResult$ */.eLv),
  UpdateFieldLevelEncryptionConfig$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionConfig$ */.VTe),
  UpdateFieldLevelEncryptionConfigCommand: () => (/* reexport */ UpdateFieldLevelEncryptionConfigCommand),
  UpdateFieldLevelEncryptionConfigRequest$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionConfigRequest$ */.A8M),
  UpdateFieldLevelEncryptionConfigResult$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionConfigResult$ */.KOS),
  UpdateFieldLevelEncryptionProfile$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionProfile$ */.yOy),
  UpdateFieldLevelEncryptionProfileCommand: () => (/* reexport */ UpdateFieldLevelEncryptionProfileCommand),
  UpdateFieldLevelEncryptionProfileRequest$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionProfileRequest$ */.NRn),
  UpdateFieldLevelEncryptionProfileResult$: () => (/* reexport */ schemas_0/* UpdateFieldLevelEncryptionProfileResult$ */.zGH),
  UpdateFunction$: () => (/* reexport */ schemas_0/* UpdateFunction$ */.GS8),
  UpdateFunctionCommand: () => (/* reexport */ UpdateFunctionCommand),
  UpdateFunctionRequest$: () => (/* reexport */ schemas_0/* UpdateFunctionRequest$ */.xZQ),
  UpdateFunctionResult$: () => (/* reexport */ schemas_0/* UpdateFunctionResult$ */.He0),
  UpdateKeyGroup$: () => (/* reexport */ schemas_0/* UpdateKeyGroup$ */.GLg),
  UpdateKeyGroupCommand: () => (/* reexport */ UpdateKeyGroupCommand),
  UpdateKeyGroupRequest$: () => (/* reexport */ schemas_0/* UpdateKeyGroupRequest$ */.zBq),
  UpdateKeyGroupResult$: () => (/* reexport */ schemas_0/* UpdateKeyGroupResult$ */.HTp),
  UpdateKeyValueStore$: () => (/* reexport */ schemas_0/* UpdateKeyValueStore$ */.X63),
  UpdateKeyValueStoreCommand: () => (/* reexport */ UpdateKeyValueStoreCommand),
  UpdateKeyValueStoreRequest$: () => (/* reexport */ schemas_0/* UpdateKeyValueStoreRequest$ */.k0y),
  UpdateKeyValueStoreResult$: () => (/* reexport */ schemas_0/* UpdateKeyValueStoreResult$ */.mSt),
  UpdateOriginAccessControl$: () => (/* reexport */ schemas_0/* UpdateOriginAccessControl$ */.BPm),
  UpdateOriginAccessControlCommand: () => (/* reexport */ UpdateOriginAccessControlCommand),
  UpdateOriginAccessControlRequest$: () => (/* reexport */ schemas_0/* UpdateOriginAccessControlRequest$ */.St5),
  UpdateOriginAccessControlResult$: () => (/* reexport */ schemas_0/* UpdateOriginAccessControlResult$ */.mQ2),
  UpdateOriginRequestPolicy$: () => (/* reexport */ schemas_0/* UpdateOriginRequestPolicy$ */.Pqs),
  UpdateOriginRequestPolicyCommand: () => (/* reexport */ UpdateOriginRequestPolicyCommand),
  UpdateOriginRequestPolicyRequest$: () => (/* reexport */ schemas_0/* UpdateOriginRequestPolicyRequest$ */.Iwy),
  UpdateOriginRequestPolicyResult$: () => (/* reexport */ schemas_0/* UpdateOriginRequestPolicyResult$ */.y8z),
  UpdatePublicKey$: () => (/* reexport */ schemas_0/* UpdatePublicKey$ */.I50),
  UpdatePublicKeyCommand: () => (/* reexport */ UpdatePublicKeyCommand),
  UpdatePublicKeyRequest$: () => (/* reexport */ schemas_0/* UpdatePublicKeyRequest$ */.VVz),
  UpdatePublicKeyResult$: () => (/* reexport */ schemas_0/* UpdatePublicKeyResult$ */.r8g),
  UpdateRealtimeLogConfig$: () => (/* reexport */ schemas_0/* UpdateRealtimeLogConfig$ */.Lbi),
  UpdateRealtimeLogConfigCommand: () => (/* reexport */ UpdateRealtimeLogConfigCommand),
  UpdateRealtimeLogConfigRequest$: () => (/* reexport */ schemas_0/* UpdateRealtimeLogConfigRequest$ */.Adc),
  UpdateRealtimeLogConfigResult$: () => (/* reexport */ schemas_0/* UpdateRealtimeLogConfigResult$ */.sKq),
  UpdateResponseHeadersPolicy$: () => (/* reexport */ schemas_0/* UpdateResponseHeadersPolicy$ */.$wx),
  UpdateResponseHeadersPolicyCommand: () => (/* reexport */ UpdateResponseHeadersPolicyCommand),
  UpdateResponseHeadersPolicyRequest$: () => (/* reexport */ schemas_0/* UpdateResponseHeadersPolicyRequest$ */.oSy),
  UpdateResponseHeadersPolicyResult$: () => (/* reexport */ schemas_0/* UpdateResponseHeadersPolicyResult$ */.cfR),
  UpdateStreamingDistribution$: () => (/* reexport */ schemas_0/* UpdateStreamingDistribution$ */.qNj),
  UpdateStreamingDistributionCommand: () => (/* reexport */ UpdateStreamingDistributionCommand),
  UpdateStreamingDistributionRequest$: () => (/* reexport */ schemas_0/* UpdateStreamingDistributionRequest$ */.vN8),
  UpdateStreamingDistributionResult$: () => (/* reexport */ schemas_0/* UpdateStreamingDistributionResult$ */.$HQ),
  UpdateTrustStore$: () => (/* reexport */ schemas_0/* UpdateTrustStore$ */.l8T),
  UpdateTrustStoreCommand: () => (/* reexport */ UpdateTrustStoreCommand),
  UpdateTrustStoreRequest$: () => (/* reexport */ schemas_0/* UpdateTrustStoreRequest$ */.WEb),
  UpdateTrustStoreResult$: () => (/* reexport */ schemas_0/* UpdateTrustStoreResult$ */.gI1),
  UpdateVpcOrigin$: () => (/* reexport */ schemas_0/* UpdateVpcOrigin$ */.R5z),
  UpdateVpcOriginCommand: () => (/* reexport */ UpdateVpcOriginCommand),
  UpdateVpcOriginRequest$: () => (/* reexport */ schemas_0/* UpdateVpcOriginRequest$ */._pi),
  UpdateVpcOriginResult$: () => (/* reexport */ schemas_0/* UpdateVpcOriginResult$ */.Q14),
  ValidationTokenDetail$: () => (/* reexport */ schemas_0/* ValidationTokenDetail$ */.q3r),
  ValidationTokenHost: () => (/* reexport */ ValidationTokenHost),
  VerifyDnsConfiguration$: () => (/* reexport */ schemas_0/* VerifyDnsConfiguration$ */.DlB),
  VerifyDnsConfigurationCommand: () => (/* reexport */ VerifyDnsConfigurationCommand),
  VerifyDnsConfigurationRequest$: () => (/* reexport */ schemas_0/* VerifyDnsConfigurationRequest$ */.YHF),
  VerifyDnsConfigurationResult$: () => (/* reexport */ schemas_0/* VerifyDnsConfigurationResult$ */.C7m),
  ViewerCertificate$: () => (/* reexport */ schemas_0/* ViewerCertificate$ */.ytb),
  ViewerMtlsConfig$: () => (/* reexport */ schemas_0/* ViewerMtlsConfig$ */.$2P),
  ViewerMtlsMode: () => (/* reexport */ ViewerMtlsMode),
  ViewerProtocolPolicy: () => (/* reexport */ ViewerProtocolPolicy),
  VpcIpAddressType: () => (/* reexport */ VpcIpAddressType),
  VpcOrigin$: () => (/* reexport */ schemas_0/* VpcOrigin$ */.Cl9),
  VpcOriginConfig$: () => (/* reexport */ schemas_0/* VpcOriginConfig$ */.k54),
  VpcOriginEndpointConfig$: () => (/* reexport */ schemas_0/* VpcOriginEndpointConfig$ */.TMN),
  VpcOriginList$: () => (/* reexport */ schemas_0/* VpcOriginList$ */.adN),
  VpcOriginSummary$: () => (/* reexport */ schemas_0/* VpcOriginSummary$ */.QCh),
  WebAclCustomization$: () => (/* reexport */ schemas_0/* WebAclCustomization$ */.u6R),
  __Client: () => (/* reexport */ CloudFrontClient/* __Client */.g),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateListCloudFrontOriginAccessIdentities: () => (/* reexport */ paginateListCloudFrontOriginAccessIdentities),
  paginateListConnectionFunctions: () => (/* reexport */ paginateListConnectionFunctions),
  paginateListConnectionGroups: () => (/* reexport */ paginateListConnectionGroups),
  paginateListDistributionTenants: () => (/* reexport */ paginateListDistributionTenants),
  paginateListDistributionTenantsByCustomization: () => (/* reexport */ paginateListDistributionTenantsByCustomization),
  paginateListDistributions: () => (/* reexport */ ListDistributionsPaginator/* paginateListDistributions */.z),
  paginateListDistributionsByConnectionFunction: () => (/* reexport */ paginateListDistributionsByConnectionFunction),
  paginateListDistributionsByConnectionMode: () => (/* reexport */ paginateListDistributionsByConnectionMode),
  paginateListDistributionsByTrustStore: () => (/* reexport */ paginateListDistributionsByTrustStore),
  paginateListDomainConflicts: () => (/* reexport */ paginateListDomainConflicts),
  paginateListInvalidations: () => (/* reexport */ paginateListInvalidations),
  paginateListInvalidationsForDistributionTenant: () => (/* reexport */ paginateListInvalidationsForDistributionTenant),
  paginateListKeyValueStores: () => (/* reexport */ paginateListKeyValueStores),
  paginateListOriginAccessControls: () => (/* reexport */ paginateListOriginAccessControls),
  paginateListPublicKeys: () => (/* reexport */ paginateListPublicKeys),
  paginateListStreamingDistributions: () => (/* reexport */ paginateListStreamingDistributions),
  paginateListTrustStores: () => (/* reexport */ paginateListTrustStores),
  waitForDistributionDeployed: () => (/* reexport */ waitForDistributionDeployed),
  waitForInvalidationCompleted: () => (/* reexport */ waitForInvalidationCompleted),
  waitForInvalidationForDistributionTenantCompleted: () => (/* reexport */ waitForInvalidationForDistributionTenantCompleted),
  waitForStreamingDistributionDeployed: () => (/* reexport */ waitForStreamingDistributionDeployed),
  waitUntilDistributionDeployed: () => (/* reexport */ waitUntilDistributionDeployed),
  waitUntilInvalidationCompleted: () => (/* reexport */ waitUntilInvalidationCompleted),
  waitUntilInvalidationForDistributionTenantCompleted: () => (/* reexport */ waitUntilInvalidationForDistributionTenantCompleted),
  waitUntilStreamingDistributionDeployed: () => (/* reexport */ waitUntilStreamingDistributionDeployed)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/CloudFrontClient.js + 8 modules
var CloudFrontClient = __webpack_require__(142);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(6565);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(6737);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/AssociateAliasCommand.js


class AssociateAliasCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateAlias", schemas_0/* AssociateAlias$ */.pct) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/AssociateDistributionTenantWebACLCommand.js


class AssociateDistributionTenantWebACLCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateDistributionTenantWebACL", schemas_0/* AssociateDistributionTenantWebACL$ */.PMj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/AssociateDistributionWebACLCommand.js


class AssociateDistributionWebACLCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AssociateDistributionWebACL", schemas_0/* AssociateDistributionWebACL$ */.xnC) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CopyDistributionCommand.js
var CopyDistributionCommand = __webpack_require__(5492);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateAnycastIpListCommand.js


class CreateAnycastIpListCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateAnycastIpList", schemas_0/* CreateAnycastIpList$ */.TnC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateCachePolicyCommand.js


class CreateCachePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCachePolicy", schemas_0/* CreateCachePolicy$ */.bNr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateCloudFrontOriginAccessIdentityCommand.js


class CreateCloudFrontOriginAccessIdentityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateCloudFrontOriginAccessIdentity", schemas_0/* CreateCloudFrontOriginAccessIdentity$ */.Ryf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateConnectionFunctionCommand.js


class CreateConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateConnectionFunction", schemas_0/* CreateConnectionFunction$ */.VhF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateConnectionGroupCommand.js


class CreateConnectionGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateConnectionGroup", schemas_0/* CreateConnectionGroup$ */.MX5) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateContinuousDeploymentPolicyCommand.js
var CreateContinuousDeploymentPolicyCommand = __webpack_require__(1295);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateDistributionCommand.js


class CreateDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDistribution", schemas_0/* CreateDistribution$ */.FaB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateDistributionTenantCommand.js


class CreateDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDistributionTenant", schemas_0/* CreateDistributionTenant$ */.lQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateDistributionWithTagsCommand.js


class CreateDistributionWithTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateDistributionWithTags", schemas_0/* CreateDistributionWithTags$ */.y7m) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateFieldLevelEncryptionConfigCommand.js


class CreateFieldLevelEncryptionConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateFieldLevelEncryptionConfig", schemas_0/* CreateFieldLevelEncryptionConfig$ */.Oy5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateFieldLevelEncryptionProfileCommand.js


class CreateFieldLevelEncryptionProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateFieldLevelEncryptionProfile", schemas_0/* CreateFieldLevelEncryptionProfile$ */.Jqj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateFunctionCommand.js


class CreateFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateFunction", schemas_0/* CreateFunction$ */.L0M) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateInvalidationCommand.js


class CreateInvalidationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateInvalidation", schemas_0/* CreateInvalidation$ */.VpD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateInvalidationForDistributionTenantCommand.js


class CreateInvalidationForDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateInvalidationForDistributionTenant", schemas_0/* CreateInvalidationForDistributionTenant$ */._FQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateKeyGroupCommand.js


class CreateKeyGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateKeyGroup", schemas_0/* CreateKeyGroup$ */.rNo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateKeyValueStoreCommand.js


class CreateKeyValueStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateKeyValueStore", schemas_0/* CreateKeyValueStore$ */.yhA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateMonitoringSubscriptionCommand.js


class CreateMonitoringSubscriptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateMonitoringSubscription", schemas_0/* CreateMonitoringSubscription$ */.mFW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateOriginAccessControlCommand.js


class CreateOriginAccessControlCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateOriginAccessControl", schemas_0/* CreateOriginAccessControl$ */.idR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateOriginRequestPolicyCommand.js


class CreateOriginRequestPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateOriginRequestPolicy", schemas_0/* CreateOriginRequestPolicy$ */.ajW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreatePublicKeyCommand.js


class CreatePublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreatePublicKey", schemas_0/* CreatePublicKey$ */.pAv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateRealtimeLogConfigCommand.js


class CreateRealtimeLogConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateRealtimeLogConfig", schemas_0/* CreateRealtimeLogConfig$ */.MTz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateResponseHeadersPolicyCommand.js


class CreateResponseHeadersPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateResponseHeadersPolicy", schemas_0/* CreateResponseHeadersPolicy$ */.Oxf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateStreamingDistributionCommand.js


class CreateStreamingDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateStreamingDistribution", schemas_0/* CreateStreamingDistribution$ */.HqF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateStreamingDistributionWithTagsCommand.js


class CreateStreamingDistributionWithTagsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateStreamingDistributionWithTags", schemas_0/* CreateStreamingDistributionWithTags$ */.GSO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateTrustStoreCommand.js


class CreateTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateTrustStore", schemas_0/* CreateTrustStore$ */._vU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/CreateVpcOriginCommand.js


class CreateVpcOriginCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "CreateVpcOrigin", schemas_0/* CreateVpcOrigin$ */.yDK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteAnycastIpListCommand.js


class DeleteAnycastIpListCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteAnycastIpList", schemas_0/* DeleteAnycastIpList$ */.QmQ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteCachePolicyCommand.js


class DeleteCachePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteCachePolicy", schemas_0/* DeleteCachePolicy$ */._t1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteCloudFrontOriginAccessIdentityCommand.js


class DeleteCloudFrontOriginAccessIdentityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteCloudFrontOriginAccessIdentity", schemas_0/* DeleteCloudFrontOriginAccessIdentity$ */.qAR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteConnectionFunctionCommand.js


class DeleteConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteConnectionFunction", schemas_0/* DeleteConnectionFunction$ */.o0S) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteConnectionGroupCommand.js


class DeleteConnectionGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteConnectionGroup", schemas_0/* DeleteConnectionGroup$ */.DWH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteContinuousDeploymentPolicyCommand.js


class DeleteContinuousDeploymentPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteContinuousDeploymentPolicy", schemas_0/* DeleteContinuousDeploymentPolicy$ */.cVD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteDistributionCommand.js


class DeleteDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDistribution", schemas_0/* DeleteDistribution$ */.A$J) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteDistributionTenantCommand.js


class DeleteDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteDistributionTenant", schemas_0/* DeleteDistributionTenant$ */.Sa3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteFieldLevelEncryptionConfigCommand.js


class DeleteFieldLevelEncryptionConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteFieldLevelEncryptionConfig", schemas_0/* DeleteFieldLevelEncryptionConfig$ */.TjH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteFieldLevelEncryptionProfileCommand.js


class DeleteFieldLevelEncryptionProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteFieldLevelEncryptionProfile", schemas_0/* DeleteFieldLevelEncryptionProfile$ */.ihZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteFunctionCommand.js


class DeleteFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteFunction", schemas_0/* DeleteFunction$ */.m1q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteKeyGroupCommand.js


class DeleteKeyGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteKeyGroup", schemas_0/* DeleteKeyGroup$ */.i2R) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteKeyValueStoreCommand.js


class DeleteKeyValueStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteKeyValueStore", schemas_0/* DeleteKeyValueStore$ */.ty6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteMonitoringSubscriptionCommand.js


class DeleteMonitoringSubscriptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteMonitoringSubscription", schemas_0/* DeleteMonitoringSubscription$ */.b8v) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteOriginAccessControlCommand.js


class DeleteOriginAccessControlCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteOriginAccessControl", schemas_0/* DeleteOriginAccessControl$ */.pCn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteOriginRequestPolicyCommand.js


class DeleteOriginRequestPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteOriginRequestPolicy", schemas_0/* DeleteOriginRequestPolicy$ */.Ns_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeletePublicKeyCommand.js


class DeletePublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeletePublicKey", schemas_0/* DeletePublicKey$ */.GDo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteRealtimeLogConfigCommand.js


class DeleteRealtimeLogConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteRealtimeLogConfig", schemas_0/* DeleteRealtimeLogConfig$ */.XEM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteResourcePolicyCommand.js


class DeleteResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResourcePolicy", schemas_0/* DeleteResourcePolicy$ */.cfZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteResponseHeadersPolicyCommand.js


class DeleteResponseHeadersPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteResponseHeadersPolicy", schemas_0/* DeleteResponseHeadersPolicy$ */.DVd) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteStreamingDistributionCommand.js


class DeleteStreamingDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteStreamingDistribution", schemas_0/* DeleteStreamingDistribution$ */.KIe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteTrustStoreCommand.js


class DeleteTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteTrustStore", schemas_0/* DeleteTrustStore$ */.ddw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DeleteVpcOriginCommand.js


class DeleteVpcOriginCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteVpcOrigin", schemas_0/* DeleteVpcOrigin$ */.jdu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DescribeConnectionFunctionCommand.js


class DescribeConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeConnectionFunction", schemas_0/* DescribeConnectionFunction$ */.GkI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DescribeFunctionCommand.js


class DescribeFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeFunction", schemas_0/* DescribeFunction$ */.M9_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DescribeKeyValueStoreCommand.js


class DescribeKeyValueStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DescribeKeyValueStore", schemas_0/* DescribeKeyValueStore$ */.FBP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DisassociateDistributionTenantWebACLCommand.js


class DisassociateDistributionTenantWebACLCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisassociateDistributionTenantWebACL", schemas_0/* DisassociateDistributionTenantWebACL$ */.Tvs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/DisassociateDistributionWebACLCommand.js


class DisassociateDistributionWebACLCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DisassociateDistributionWebACL", schemas_0/* DisassociateDistributionWebACL$ */.li1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetAnycastIpListCommand.js


class GetAnycastIpListCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetAnycastIpList", schemas_0/* GetAnycastIpList$ */.vgf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetCachePolicyCommand.js


class GetCachePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCachePolicy", schemas_0/* GetCachePolicy$ */.D22) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetCachePolicyConfigCommand.js


class GetCachePolicyConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCachePolicyConfig", schemas_0/* GetCachePolicyConfig$ */.XB0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetCloudFrontOriginAccessIdentityCommand.js


class GetCloudFrontOriginAccessIdentityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCloudFrontOriginAccessIdentity", schemas_0/* GetCloudFrontOriginAccessIdentity$ */.$6O) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetCloudFrontOriginAccessIdentityConfigCommand.js


class GetCloudFrontOriginAccessIdentityConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetCloudFrontOriginAccessIdentityConfig", schemas_0/* GetCloudFrontOriginAccessIdentityConfig$ */.Jil) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetConnectionFunctionCommand.js


class GetConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetConnectionFunction", schemas_0/* GetConnectionFunction$ */.tqe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetConnectionGroupByRoutingEndpointCommand.js


class GetConnectionGroupByRoutingEndpointCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetConnectionGroupByRoutingEndpoint", schemas_0/* GetConnectionGroupByRoutingEndpoint$ */.cQi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetConnectionGroupCommand.js


class GetConnectionGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetConnectionGroup", schemas_0/* GetConnectionGroup$ */.KvG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetContinuousDeploymentPolicyCommand.js


class GetContinuousDeploymentPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetContinuousDeploymentPolicy", schemas_0/* GetContinuousDeploymentPolicy$ */.vYo) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetContinuousDeploymentPolicyConfigCommand.js
var GetContinuousDeploymentPolicyConfigCommand = __webpack_require__(9875);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionCommand.js
var GetDistributionCommand = __webpack_require__(6449);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionConfigCommand.js
var GetDistributionConfigCommand = __webpack_require__(1399);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionTenantByDomainCommand.js


class GetDistributionTenantByDomainCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDistributionTenantByDomain", schemas_0/* GetDistributionTenantByDomain$ */.C_c) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetDistributionTenantCommand.js


class GetDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetDistributionTenant", schemas_0/* GetDistributionTenant$ */.DCB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetFieldLevelEncryptionCommand.js


class GetFieldLevelEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetFieldLevelEncryption", schemas_0/* GetFieldLevelEncryption$ */.QN4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetFieldLevelEncryptionConfigCommand.js


class GetFieldLevelEncryptionConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetFieldLevelEncryptionConfig", schemas_0/* GetFieldLevelEncryptionConfig$ */.cu9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetFieldLevelEncryptionProfileCommand.js


class GetFieldLevelEncryptionProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetFieldLevelEncryptionProfile", schemas_0/* GetFieldLevelEncryptionProfile$ */.RT8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetFieldLevelEncryptionProfileConfigCommand.js


class GetFieldLevelEncryptionProfileConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetFieldLevelEncryptionProfileConfig", schemas_0/* GetFieldLevelEncryptionProfileConfig$ */.$Pn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetFunctionCommand.js


class GetFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetFunction", schemas_0/* GetFunction$ */.ZSC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetInvalidationCommand.js


class GetInvalidationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInvalidation", schemas_0/* GetInvalidation$ */.vDv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetInvalidationForDistributionTenantCommand.js


class GetInvalidationForDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetInvalidationForDistributionTenant", schemas_0/* GetInvalidationForDistributionTenant$ */.ULY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetKeyGroupCommand.js


class GetKeyGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetKeyGroup", schemas_0/* GetKeyGroup$ */.Dqi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetKeyGroupConfigCommand.js


class GetKeyGroupConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetKeyGroupConfig", schemas_0/* GetKeyGroupConfig$ */.fFL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetManagedCertificateDetailsCommand.js


class GetManagedCertificateDetailsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetManagedCertificateDetails", schemas_0/* GetManagedCertificateDetails$ */.XjA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetMonitoringSubscriptionCommand.js


class GetMonitoringSubscriptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetMonitoringSubscription", schemas_0/* GetMonitoringSubscription$ */.y6D) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetOriginAccessControlCommand.js


class GetOriginAccessControlCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOriginAccessControl", schemas_0/* GetOriginAccessControl$ */.cp1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetOriginAccessControlConfigCommand.js


class GetOriginAccessControlConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOriginAccessControlConfig", schemas_0/* GetOriginAccessControlConfig$ */._nb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetOriginRequestPolicyCommand.js


class GetOriginRequestPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOriginRequestPolicy", schemas_0/* GetOriginRequestPolicy$ */.uy8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetOriginRequestPolicyConfigCommand.js


class GetOriginRequestPolicyConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetOriginRequestPolicyConfig", schemas_0/* GetOriginRequestPolicyConfig$ */.sC5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetPublicKeyCommand.js


class GetPublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPublicKey", schemas_0/* GetPublicKey$ */.lVr) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetPublicKeyConfigCommand.js


class GetPublicKeyConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetPublicKeyConfig", schemas_0/* GetPublicKeyConfig$ */.$t$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetRealtimeLogConfigCommand.js


class GetRealtimeLogConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetRealtimeLogConfig", schemas_0/* GetRealtimeLogConfig$ */.WV_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetResourcePolicyCommand.js


class GetResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResourcePolicy", schemas_0/* GetResourcePolicy$ */.j4x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetResponseHeadersPolicyCommand.js


class GetResponseHeadersPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResponseHeadersPolicy", schemas_0/* GetResponseHeadersPolicy$ */.sxi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetResponseHeadersPolicyConfigCommand.js


class GetResponseHeadersPolicyConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetResponseHeadersPolicyConfig", schemas_0/* GetResponseHeadersPolicyConfig$ */.Iy1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetStreamingDistributionCommand.js


class GetStreamingDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetStreamingDistribution", schemas_0/* GetStreamingDistribution$ */.d8Z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetStreamingDistributionConfigCommand.js


class GetStreamingDistributionConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetStreamingDistributionConfig", schemas_0/* GetStreamingDistributionConfig$ */.H03) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetTrustStoreCommand.js


class GetTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetTrustStore", schemas_0/* GetTrustStore$ */.EZ2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/GetVpcOriginCommand.js


class GetVpcOriginCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetVpcOrigin", schemas_0/* GetVpcOrigin$ */.o9z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListAnycastIpListsCommand.js


class ListAnycastIpListsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListAnycastIpLists", schemas_0/* ListAnycastIpLists$ */.Q$B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListCachePoliciesCommand.js


class ListCachePoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListCachePolicies", schemas_0/* ListCachePolicies$ */.PL9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListCloudFrontOriginAccessIdentitiesCommand.js


class ListCloudFrontOriginAccessIdentitiesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListCloudFrontOriginAccessIdentities", schemas_0/* ListCloudFrontOriginAccessIdentities$ */.$xm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListConflictingAliasesCommand.js


class ListConflictingAliasesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListConflictingAliases", schemas_0/* ListConflictingAliases$ */.ZOL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListConnectionFunctionsCommand.js


class ListConnectionFunctionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListConnectionFunctions", schemas_0/* ListConnectionFunctions$ */.I48) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListConnectionGroupsCommand.js


class ListConnectionGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListConnectionGroups", schemas_0/* ListConnectionGroups$ */.ruU) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListContinuousDeploymentPoliciesCommand.js
var ListContinuousDeploymentPoliciesCommand = __webpack_require__(7003);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByAnycastIpListIdCommand.js


class ListDistributionsByAnycastIpListIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByAnycastIpListId", schemas_0/* ListDistributionsByAnycastIpListId$ */.GRq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByCachePolicyIdCommand.js


class ListDistributionsByCachePolicyIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByCachePolicyId", schemas_0/* ListDistributionsByCachePolicyId$ */.E65) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByConnectionFunctionCommand.js


class ListDistributionsByConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByConnectionFunction", schemas_0/* ListDistributionsByConnectionFunction$ */.Jt4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByConnectionModeCommand.js


class ListDistributionsByConnectionModeCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByConnectionMode", schemas_0/* ListDistributionsByConnectionMode$ */.kcZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByKeyGroupCommand.js


class ListDistributionsByKeyGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByKeyGroup", schemas_0/* ListDistributionsByKeyGroup$ */.bvF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByOriginRequestPolicyIdCommand.js


class ListDistributionsByOriginRequestPolicyIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByOriginRequestPolicyId", schemas_0/* ListDistributionsByOriginRequestPolicyId$ */.LVF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByOwnedResourceCommand.js


class ListDistributionsByOwnedResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByOwnedResource", schemas_0/* ListDistributionsByOwnedResource$ */.epH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByRealtimeLogConfigCommand.js


class ListDistributionsByRealtimeLogConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByRealtimeLogConfig", schemas_0/* ListDistributionsByRealtimeLogConfig$ */.cf2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByResponseHeadersPolicyIdCommand.js


class ListDistributionsByResponseHeadersPolicyIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByResponseHeadersPolicyId", schemas_0/* ListDistributionsByResponseHeadersPolicyId$ */.nb_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByTrustStoreCommand.js


class ListDistributionsByTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByTrustStore", schemas_0/* ListDistributionsByTrustStore$ */.Gjz) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByVpcOriginIdCommand.js


class ListDistributionsByVpcOriginIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByVpcOriginId", schemas_0/* ListDistributionsByVpcOriginId$ */.r5M) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsByWebACLIdCommand.js


class ListDistributionsByWebACLIdCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionsByWebACLId", schemas_0/* ListDistributionsByWebACLId$ */.EEi) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionsCommand.js
var ListDistributionsCommand = __webpack_require__(4486);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionTenantsByCustomizationCommand.js


class ListDistributionTenantsByCustomizationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionTenantsByCustomization", schemas_0/* ListDistributionTenantsByCustomization$ */.Eir) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDistributionTenantsCommand.js


class ListDistributionTenantsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDistributionTenants", schemas_0/* ListDistributionTenants$ */.Mto) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListDomainConflictsCommand.js


class ListDomainConflictsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListDomainConflicts", schemas_0/* ListDomainConflicts$ */._o9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListFieldLevelEncryptionConfigsCommand.js


class ListFieldLevelEncryptionConfigsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListFieldLevelEncryptionConfigs", schemas_0/* ListFieldLevelEncryptionConfigs$ */.B$8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListFieldLevelEncryptionProfilesCommand.js


class ListFieldLevelEncryptionProfilesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListFieldLevelEncryptionProfiles", schemas_0/* ListFieldLevelEncryptionProfiles$ */.Oog) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListFunctionsCommand.js


class ListFunctionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListFunctions", schemas_0/* ListFunctions$ */._Ri) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListInvalidationsCommand.js


class ListInvalidationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInvalidations", schemas_0/* ListInvalidations$ */.kuL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListInvalidationsForDistributionTenantCommand.js


class ListInvalidationsForDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListInvalidationsForDistributionTenant", schemas_0/* ListInvalidationsForDistributionTenant$ */.hGF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListKeyGroupsCommand.js


class ListKeyGroupsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListKeyGroups", schemas_0/* ListKeyGroups$ */.y24) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListKeyValueStoresCommand.js


class ListKeyValueStoresCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListKeyValueStores", schemas_0/* ListKeyValueStores$ */.pOo) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListOriginAccessControlsCommand.js


class ListOriginAccessControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOriginAccessControls", schemas_0/* ListOriginAccessControls$ */.zHF) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListOriginRequestPoliciesCommand.js


class ListOriginRequestPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListOriginRequestPolicies", schemas_0/* ListOriginRequestPolicies$ */.uHy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListPublicKeysCommand.js


class ListPublicKeysCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListPublicKeys", schemas_0/* ListPublicKeys$ */.Oo$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListRealtimeLogConfigsCommand.js


class ListRealtimeLogConfigsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListRealtimeLogConfigs", schemas_0/* ListRealtimeLogConfigs$ */.T_V) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListResponseHeadersPoliciesCommand.js


class ListResponseHeadersPoliciesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListResponseHeadersPolicies", schemas_0/* ListResponseHeadersPolicies$ */.CJ$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListStreamingDistributionsCommand.js


class ListStreamingDistributionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListStreamingDistributions", schemas_0/* ListStreamingDistributions$ */.uDS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListTagsForResourceCommand.js


class ListTagsForResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTagsForResource", schemas_0/* ListTagsForResource$ */.Tzn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListTrustStoresCommand.js


class ListTrustStoresCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListTrustStores", schemas_0/* ListTrustStores$ */.Bc8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/ListVpcOriginsCommand.js


class ListVpcOriginsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "ListVpcOrigins", schemas_0/* ListVpcOrigins$ */.nvD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/PublishConnectionFunctionCommand.js


class PublishConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PublishConnectionFunction", schemas_0/* PublishConnectionFunction$ */.eeD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/PublishFunctionCommand.js


class PublishFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PublishFunction", schemas_0/* PublishFunction$ */._ip) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/PutResourcePolicyCommand.js


class PutResourcePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "PutResourcePolicy", schemas_0/* PutResourcePolicy$ */.kdY) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/TagResourceCommand.js


class TagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TagResource", schemas_0/* TagResource$ */.Jqp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/TestConnectionFunctionCommand.js


class TestConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TestConnectionFunction", schemas_0/* TestConnectionFunction$ */.xhM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/TestFunctionCommand.js


class TestFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "TestFunction", schemas_0/* TestFunction$ */.bg2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UntagResourceCommand.js


class UntagResourceCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UntagResource", schemas_0/* UntagResource$ */.AUX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateAnycastIpListCommand.js


class UpdateAnycastIpListCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateAnycastIpList", schemas_0/* UpdateAnycastIpList$ */.Udf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateCachePolicyCommand.js


class UpdateCachePolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateCachePolicy", schemas_0/* UpdateCachePolicy$ */.UH4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateCloudFrontOriginAccessIdentityCommand.js


class UpdateCloudFrontOriginAccessIdentityCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateCloudFrontOriginAccessIdentity", schemas_0/* UpdateCloudFrontOriginAccessIdentity$ */.w2g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateConnectionFunctionCommand.js


class UpdateConnectionFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateConnectionFunction", schemas_0/* UpdateConnectionFunction$ */.o$I) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateConnectionGroupCommand.js


class UpdateConnectionGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateConnectionGroup", schemas_0/* UpdateConnectionGroup$ */.zJJ) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateContinuousDeploymentPolicyCommand.js
var UpdateContinuousDeploymentPolicyCommand = __webpack_require__(3048);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateDistributionCommand.js
var UpdateDistributionCommand = __webpack_require__(908);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateDistributionTenantCommand.js


class UpdateDistributionTenantCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDistributionTenant", schemas_0/* UpdateDistributionTenant$ */.Aem) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateDistributionWithStagingConfigCommand.js
var UpdateDistributionWithStagingConfigCommand = __webpack_require__(1357);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateDomainAssociationCommand.js


class UpdateDomainAssociationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateDomainAssociation", schemas_0/* UpdateDomainAssociation$ */.ff9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateFieldLevelEncryptionConfigCommand.js


class UpdateFieldLevelEncryptionConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateFieldLevelEncryptionConfig", schemas_0/* UpdateFieldLevelEncryptionConfig$ */.VTe) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateFieldLevelEncryptionProfileCommand.js


class UpdateFieldLevelEncryptionProfileCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateFieldLevelEncryptionProfile", schemas_0/* UpdateFieldLevelEncryptionProfile$ */.yOy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateFunctionCommand.js


class UpdateFunctionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateFunction", schemas_0/* UpdateFunction$ */.GS8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateKeyGroupCommand.js


class UpdateKeyGroupCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateKeyGroup", schemas_0/* UpdateKeyGroup$ */.GLg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateKeyValueStoreCommand.js


class UpdateKeyValueStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateKeyValueStore", schemas_0/* UpdateKeyValueStore$ */.X63) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateOriginAccessControlCommand.js


class UpdateOriginAccessControlCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOriginAccessControl", schemas_0/* UpdateOriginAccessControl$ */.BPm) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateOriginRequestPolicyCommand.js


class UpdateOriginRequestPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateOriginRequestPolicy", schemas_0/* UpdateOriginRequestPolicy$ */.Pqs) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdatePublicKeyCommand.js


class UpdatePublicKeyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdatePublicKey", schemas_0/* UpdatePublicKey$ */.I50) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateRealtimeLogConfigCommand.js


class UpdateRealtimeLogConfigCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateRealtimeLogConfig", schemas_0/* UpdateRealtimeLogConfig$ */.Lbi) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateResponseHeadersPolicyCommand.js


class UpdateResponseHeadersPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateResponseHeadersPolicy", schemas_0/* UpdateResponseHeadersPolicy$ */.$wx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateStreamingDistributionCommand.js


class UpdateStreamingDistributionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateStreamingDistribution", schemas_0/* UpdateStreamingDistribution$ */.qNj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateTrustStoreCommand.js


class UpdateTrustStoreCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateTrustStore", schemas_0/* UpdateTrustStore$ */.l8T) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/UpdateVpcOriginCommand.js


class UpdateVpcOriginCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "UpdateVpcOrigin", schemas_0/* UpdateVpcOrigin$ */.R5z) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/VerifyDnsConfigurationCommand.js


class VerifyDnsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "VerifyDnsConfiguration", schemas_0/* VerifyDnsConfiguration$ */.DlB) {
}

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListCloudFrontOriginAccessIdentitiesPaginator.js



const paginateListCloudFrontOriginAccessIdentities = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListCloudFrontOriginAccessIdentitiesCommand, "Marker", "CloudFrontOriginAccessIdentityList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListConnectionFunctionsPaginator.js



const paginateListConnectionFunctions = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListConnectionFunctionsCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListConnectionGroupsPaginator.js



const paginateListConnectionGroups = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListConnectionGroupsCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionsByConnectionFunctionPaginator.js



const paginateListDistributionsByConnectionFunction = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDistributionsByConnectionFunctionCommand, "Marker", "DistributionList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionsByConnectionModePaginator.js



const paginateListDistributionsByConnectionMode = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDistributionsByConnectionModeCommand, "Marker", "DistributionList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionsByTrustStorePaginator.js



const paginateListDistributionsByTrustStore = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDistributionsByTrustStoreCommand, "Marker", "DistributionList.NextMarker", "MaxItems");

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionsPaginator.js
var ListDistributionsPaginator = __webpack_require__(1566);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionTenantsByCustomizationPaginator.js



const paginateListDistributionTenantsByCustomization = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDistributionTenantsByCustomizationCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDistributionTenantsPaginator.js



const paginateListDistributionTenants = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDistributionTenantsCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListDomainConflictsPaginator.js



const paginateListDomainConflicts = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListDomainConflictsCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListInvalidationsForDistributionTenantPaginator.js



const paginateListInvalidationsForDistributionTenant = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListInvalidationsForDistributionTenantCommand, "Marker", "InvalidationList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListInvalidationsPaginator.js



const paginateListInvalidations = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListInvalidationsCommand, "Marker", "InvalidationList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListKeyValueStoresPaginator.js



const paginateListKeyValueStores = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListKeyValueStoresCommand, "Marker", "KeyValueStoreList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListOriginAccessControlsPaginator.js



const paginateListOriginAccessControls = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListOriginAccessControlsCommand, "Marker", "OriginAccessControlList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListPublicKeysPaginator.js



const paginateListPublicKeys = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListPublicKeysCommand, "Marker", "PublicKeyList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListStreamingDistributionsPaginator.js



const paginateListStreamingDistributions = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListStreamingDistributionsCommand, "Marker", "StreamingDistributionList.NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/ListTrustStoresPaginator.js



const paginateListTrustStores = (0,dist_cjs.createPaginator)(CloudFrontClient/* CloudFrontClient */.G, ListTrustStoresCommand, "Marker", "NextMarker", "MaxItems");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/waiters/waitForDistributionDeployed.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetDistributionCommand/* GetDistributionCommand */.s(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Distribution.Status;
            };
            if (returnComparator() === "Deployed") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForDistributionDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 2100 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilDistributionDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 2100 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/waiters/waitForInvalidationCompleted.js


const waitForInvalidationCompleted_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetInvalidationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Invalidation.Status;
            };
            if (returnComparator() === "Completed") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForInvalidationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForInvalidationCompleted_checkState);
};
const waitUntilInvalidationCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForInvalidationCompleted_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/waiters/waitForInvalidationForDistributionTenantCompleted.js


const waitForInvalidationForDistributionTenantCompleted_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetInvalidationForDistributionTenantCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Invalidation.Status;
            };
            if (returnComparator() === "Completed") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForInvalidationForDistributionTenantCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 600 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForInvalidationForDistributionTenantCompleted_checkState);
};
const waitUntilInvalidationForDistributionTenantCompleted = async (params, input) => {
    const serviceDefaults = { minDelay: 20, maxDelay: 600 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForInvalidationForDistributionTenantCompleted_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/waiters/waitForStreamingDistributionDeployed.js


const waitForStreamingDistributionDeployed_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetStreamingDistributionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.StreamingDistribution.Status;
            };
            if (returnComparator() === "Deployed") {
                return { state: submodules_client.WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForStreamingDistributionDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 1500 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForStreamingDistributionDeployed_checkState);
};
const waitUntilStreamingDistributionDeployed = async (params, input) => {
    const serviceDefaults = { minDelay: 60, maxDelay: 1500 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForStreamingDistributionDeployed_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/CloudFront.js






























































































































































































const commands = {
    AssociateAliasCommand: AssociateAliasCommand,
    AssociateDistributionTenantWebACLCommand: AssociateDistributionTenantWebACLCommand,
    AssociateDistributionWebACLCommand: AssociateDistributionWebACLCommand,
    CopyDistributionCommand: CopyDistributionCommand/* CopyDistributionCommand */.L,
    CreateAnycastIpListCommand: CreateAnycastIpListCommand,
    CreateCachePolicyCommand: CreateCachePolicyCommand,
    CreateCloudFrontOriginAccessIdentityCommand: CreateCloudFrontOriginAccessIdentityCommand,
    CreateConnectionFunctionCommand: CreateConnectionFunctionCommand,
    CreateConnectionGroupCommand: CreateConnectionGroupCommand,
    CreateContinuousDeploymentPolicyCommand: CreateContinuousDeploymentPolicyCommand/* CreateContinuousDeploymentPolicyCommand */.A,
    CreateDistributionCommand: CreateDistributionCommand,
    CreateDistributionTenantCommand: CreateDistributionTenantCommand,
    CreateDistributionWithTagsCommand: CreateDistributionWithTagsCommand,
    CreateFieldLevelEncryptionConfigCommand: CreateFieldLevelEncryptionConfigCommand,
    CreateFieldLevelEncryptionProfileCommand: CreateFieldLevelEncryptionProfileCommand,
    CreateFunctionCommand: CreateFunctionCommand,
    CreateInvalidationCommand: CreateInvalidationCommand,
    CreateInvalidationForDistributionTenantCommand: CreateInvalidationForDistributionTenantCommand,
    CreateKeyGroupCommand: CreateKeyGroupCommand,
    CreateKeyValueStoreCommand: CreateKeyValueStoreCommand,
    CreateMonitoringSubscriptionCommand: CreateMonitoringSubscriptionCommand,
    CreateOriginAccessControlCommand: CreateOriginAccessControlCommand,
    CreateOriginRequestPolicyCommand: CreateOriginRequestPolicyCommand,
    CreatePublicKeyCommand: CreatePublicKeyCommand,
    CreateRealtimeLogConfigCommand: CreateRealtimeLogConfigCommand,
    CreateResponseHeadersPolicyCommand: CreateResponseHeadersPolicyCommand,
    CreateStreamingDistributionCommand: CreateStreamingDistributionCommand,
    CreateStreamingDistributionWithTagsCommand: CreateStreamingDistributionWithTagsCommand,
    CreateTrustStoreCommand: CreateTrustStoreCommand,
    CreateVpcOriginCommand: CreateVpcOriginCommand,
    DeleteAnycastIpListCommand: DeleteAnycastIpListCommand,
    DeleteCachePolicyCommand: DeleteCachePolicyCommand,
    DeleteCloudFrontOriginAccessIdentityCommand: DeleteCloudFrontOriginAccessIdentityCommand,
    DeleteConnectionFunctionCommand: DeleteConnectionFunctionCommand,
    DeleteConnectionGroupCommand: DeleteConnectionGroupCommand,
    DeleteContinuousDeploymentPolicyCommand: DeleteContinuousDeploymentPolicyCommand,
    DeleteDistributionCommand: DeleteDistributionCommand,
    DeleteDistributionTenantCommand: DeleteDistributionTenantCommand,
    DeleteFieldLevelEncryptionConfigCommand: DeleteFieldLevelEncryptionConfigCommand,
    DeleteFieldLevelEncryptionProfileCommand: DeleteFieldLevelEncryptionProfileCommand,
    DeleteFunctionCommand: DeleteFunctionCommand,
    DeleteKeyGroupCommand: DeleteKeyGroupCommand,
    DeleteKeyValueStoreCommand: DeleteKeyValueStoreCommand,
    DeleteMonitoringSubscriptionCommand: DeleteMonitoringSubscriptionCommand,
    DeleteOriginAccessControlCommand: DeleteOriginAccessControlCommand,
    DeleteOriginRequestPolicyCommand: DeleteOriginRequestPolicyCommand,
    DeletePublicKeyCommand: DeletePublicKeyCommand,
    DeleteRealtimeLogConfigCommand: DeleteRealtimeLogConfigCommand,
    DeleteResourcePolicyCommand: DeleteResourcePolicyCommand,
    DeleteResponseHeadersPolicyCommand: DeleteResponseHeadersPolicyCommand,
    DeleteStreamingDistributionCommand: DeleteStreamingDistributionCommand,
    DeleteTrustStoreCommand: DeleteTrustStoreCommand,
    DeleteVpcOriginCommand: DeleteVpcOriginCommand,
    DescribeConnectionFunctionCommand: DescribeConnectionFunctionCommand,
    DescribeFunctionCommand: DescribeFunctionCommand,
    DescribeKeyValueStoreCommand: DescribeKeyValueStoreCommand,
    DisassociateDistributionTenantWebACLCommand: DisassociateDistributionTenantWebACLCommand,
    DisassociateDistributionWebACLCommand: DisassociateDistributionWebACLCommand,
    GetAnycastIpListCommand: GetAnycastIpListCommand,
    GetCachePolicyCommand: GetCachePolicyCommand,
    GetCachePolicyConfigCommand: GetCachePolicyConfigCommand,
    GetCloudFrontOriginAccessIdentityCommand: GetCloudFrontOriginAccessIdentityCommand,
    GetCloudFrontOriginAccessIdentityConfigCommand: GetCloudFrontOriginAccessIdentityConfigCommand,
    GetConnectionFunctionCommand: GetConnectionFunctionCommand,
    GetConnectionGroupCommand: GetConnectionGroupCommand,
    GetConnectionGroupByRoutingEndpointCommand: GetConnectionGroupByRoutingEndpointCommand,
    GetContinuousDeploymentPolicyCommand: GetContinuousDeploymentPolicyCommand,
    GetContinuousDeploymentPolicyConfigCommand: GetContinuousDeploymentPolicyConfigCommand/* GetContinuousDeploymentPolicyConfigCommand */.C,
    GetDistributionCommand: GetDistributionCommand/* GetDistributionCommand */.s,
    GetDistributionConfigCommand: GetDistributionConfigCommand/* GetDistributionConfigCommand */.w,
    GetDistributionTenantCommand: GetDistributionTenantCommand,
    GetDistributionTenantByDomainCommand: GetDistributionTenantByDomainCommand,
    GetFieldLevelEncryptionCommand: GetFieldLevelEncryptionCommand,
    GetFieldLevelEncryptionConfigCommand: GetFieldLevelEncryptionConfigCommand,
    GetFieldLevelEncryptionProfileCommand: GetFieldLevelEncryptionProfileCommand,
    GetFieldLevelEncryptionProfileConfigCommand: GetFieldLevelEncryptionProfileConfigCommand,
    GetFunctionCommand: GetFunctionCommand,
    GetInvalidationCommand: GetInvalidationCommand,
    GetInvalidationForDistributionTenantCommand: GetInvalidationForDistributionTenantCommand,
    GetKeyGroupCommand: GetKeyGroupCommand,
    GetKeyGroupConfigCommand: GetKeyGroupConfigCommand,
    GetManagedCertificateDetailsCommand: GetManagedCertificateDetailsCommand,
    GetMonitoringSubscriptionCommand: GetMonitoringSubscriptionCommand,
    GetOriginAccessControlCommand: GetOriginAccessControlCommand,
    GetOriginAccessControlConfigCommand: GetOriginAccessControlConfigCommand,
    GetOriginRequestPolicyCommand: GetOriginRequestPolicyCommand,
    GetOriginRequestPolicyConfigCommand: GetOriginRequestPolicyConfigCommand,
    GetPublicKeyCommand: GetPublicKeyCommand,
    GetPublicKeyConfigCommand: GetPublicKeyConfigCommand,
    GetRealtimeLogConfigCommand: GetRealtimeLogConfigCommand,
    GetResourcePolicyCommand: GetResourcePolicyCommand,
    GetResponseHeadersPolicyCommand: GetResponseHeadersPolicyCommand,
    GetResponseHeadersPolicyConfigCommand: GetResponseHeadersPolicyConfigCommand,
    GetStreamingDistributionCommand: GetStreamingDistributionCommand,
    GetStreamingDistributionConfigCommand: GetStreamingDistributionConfigCommand,
    GetTrustStoreCommand: GetTrustStoreCommand,
    GetVpcOriginCommand: GetVpcOriginCommand,
    ListAnycastIpListsCommand: ListAnycastIpListsCommand,
    ListCachePoliciesCommand: ListCachePoliciesCommand,
    ListCloudFrontOriginAccessIdentitiesCommand: ListCloudFrontOriginAccessIdentitiesCommand,
    ListConflictingAliasesCommand: ListConflictingAliasesCommand,
    ListConnectionFunctionsCommand: ListConnectionFunctionsCommand,
    ListConnectionGroupsCommand: ListConnectionGroupsCommand,
    ListContinuousDeploymentPoliciesCommand: ListContinuousDeploymentPoliciesCommand/* ListContinuousDeploymentPoliciesCommand */.a,
    ListDistributionsCommand: ListDistributionsCommand/* ListDistributionsCommand */.j,
    ListDistributionsByAnycastIpListIdCommand: ListDistributionsByAnycastIpListIdCommand,
    ListDistributionsByCachePolicyIdCommand: ListDistributionsByCachePolicyIdCommand,
    ListDistributionsByConnectionFunctionCommand: ListDistributionsByConnectionFunctionCommand,
    ListDistributionsByConnectionModeCommand: ListDistributionsByConnectionModeCommand,
    ListDistributionsByKeyGroupCommand: ListDistributionsByKeyGroupCommand,
    ListDistributionsByOriginRequestPolicyIdCommand: ListDistributionsByOriginRequestPolicyIdCommand,
    ListDistributionsByOwnedResourceCommand: ListDistributionsByOwnedResourceCommand,
    ListDistributionsByRealtimeLogConfigCommand: ListDistributionsByRealtimeLogConfigCommand,
    ListDistributionsByResponseHeadersPolicyIdCommand: ListDistributionsByResponseHeadersPolicyIdCommand,
    ListDistributionsByTrustStoreCommand: ListDistributionsByTrustStoreCommand,
    ListDistributionsByVpcOriginIdCommand: ListDistributionsByVpcOriginIdCommand,
    ListDistributionsByWebACLIdCommand: ListDistributionsByWebACLIdCommand,
    ListDistributionTenantsCommand: ListDistributionTenantsCommand,
    ListDistributionTenantsByCustomizationCommand: ListDistributionTenantsByCustomizationCommand,
    ListDomainConflictsCommand: ListDomainConflictsCommand,
    ListFieldLevelEncryptionConfigsCommand: ListFieldLevelEncryptionConfigsCommand,
    ListFieldLevelEncryptionProfilesCommand: ListFieldLevelEncryptionProfilesCommand,
    ListFunctionsCommand: ListFunctionsCommand,
    ListInvalidationsCommand: ListInvalidationsCommand,
    ListInvalidationsForDistributionTenantCommand: ListInvalidationsForDistributionTenantCommand,
    ListKeyGroupsCommand: ListKeyGroupsCommand,
    ListKeyValueStoresCommand: ListKeyValueStoresCommand,
    ListOriginAccessControlsCommand: ListOriginAccessControlsCommand,
    ListOriginRequestPoliciesCommand: ListOriginRequestPoliciesCommand,
    ListPublicKeysCommand: ListPublicKeysCommand,
    ListRealtimeLogConfigsCommand: ListRealtimeLogConfigsCommand,
    ListResponseHeadersPoliciesCommand: ListResponseHeadersPoliciesCommand,
    ListStreamingDistributionsCommand: ListStreamingDistributionsCommand,
    ListTagsForResourceCommand: ListTagsForResourceCommand,
    ListTrustStoresCommand: ListTrustStoresCommand,
    ListVpcOriginsCommand: ListVpcOriginsCommand,
    PublishConnectionFunctionCommand: PublishConnectionFunctionCommand,
    PublishFunctionCommand: PublishFunctionCommand,
    PutResourcePolicyCommand: PutResourcePolicyCommand,
    TagResourceCommand: TagResourceCommand,
    TestConnectionFunctionCommand: TestConnectionFunctionCommand,
    TestFunctionCommand: TestFunctionCommand,
    UntagResourceCommand: UntagResourceCommand,
    UpdateAnycastIpListCommand: UpdateAnycastIpListCommand,
    UpdateCachePolicyCommand: UpdateCachePolicyCommand,
    UpdateCloudFrontOriginAccessIdentityCommand: UpdateCloudFrontOriginAccessIdentityCommand,
    UpdateConnectionFunctionCommand: UpdateConnectionFunctionCommand,
    UpdateConnectionGroupCommand: UpdateConnectionGroupCommand,
    UpdateContinuousDeploymentPolicyCommand: UpdateContinuousDeploymentPolicyCommand/* UpdateContinuousDeploymentPolicyCommand */.h,
    UpdateDistributionCommand: UpdateDistributionCommand/* UpdateDistributionCommand */.Z,
    UpdateDistributionTenantCommand: UpdateDistributionTenantCommand,
    UpdateDistributionWithStagingConfigCommand: UpdateDistributionWithStagingConfigCommand/* UpdateDistributionWithStagingConfigCommand */.q,
    UpdateDomainAssociationCommand: UpdateDomainAssociationCommand,
    UpdateFieldLevelEncryptionConfigCommand: UpdateFieldLevelEncryptionConfigCommand,
    UpdateFieldLevelEncryptionProfileCommand: UpdateFieldLevelEncryptionProfileCommand,
    UpdateFunctionCommand: UpdateFunctionCommand,
    UpdateKeyGroupCommand: UpdateKeyGroupCommand,
    UpdateKeyValueStoreCommand: UpdateKeyValueStoreCommand,
    UpdateOriginAccessControlCommand: UpdateOriginAccessControlCommand,
    UpdateOriginRequestPolicyCommand: UpdateOriginRequestPolicyCommand,
    UpdatePublicKeyCommand: UpdatePublicKeyCommand,
    UpdateRealtimeLogConfigCommand: UpdateRealtimeLogConfigCommand,
    UpdateResponseHeadersPolicyCommand: UpdateResponseHeadersPolicyCommand,
    UpdateStreamingDistributionCommand: UpdateStreamingDistributionCommand,
    UpdateTrustStoreCommand: UpdateTrustStoreCommand,
    UpdateVpcOriginCommand: UpdateVpcOriginCommand,
    VerifyDnsConfigurationCommand: VerifyDnsConfigurationCommand,
};
const paginators = {
    paginateListCloudFrontOriginAccessIdentities: paginateListCloudFrontOriginAccessIdentities,
    paginateListConnectionFunctions: paginateListConnectionFunctions,
    paginateListConnectionGroups: paginateListConnectionGroups,
    paginateListDistributions: ListDistributionsPaginator/* paginateListDistributions */.z,
    paginateListDistributionsByConnectionFunction: paginateListDistributionsByConnectionFunction,
    paginateListDistributionsByConnectionMode: paginateListDistributionsByConnectionMode,
    paginateListDistributionsByTrustStore: paginateListDistributionsByTrustStore,
    paginateListDistributionTenants: paginateListDistributionTenants,
    paginateListDistributionTenantsByCustomization: paginateListDistributionTenantsByCustomization,
    paginateListDomainConflicts: paginateListDomainConflicts,
    paginateListInvalidations: paginateListInvalidations,
    paginateListInvalidationsForDistributionTenant: paginateListInvalidationsForDistributionTenant,
    paginateListKeyValueStores: paginateListKeyValueStores,
    paginateListOriginAccessControls: paginateListOriginAccessControls,
    paginateListPublicKeys: paginateListPublicKeys,
    paginateListStreamingDistributions: paginateListStreamingDistributions,
    paginateListTrustStores: paginateListTrustStores,
};
const waiters = {
    waitUntilDistributionDeployed: waitUntilDistributionDeployed,
    waitUntilInvalidationCompleted: waitUntilInvalidationCompleted,
    waitUntilInvalidationForDistributionTenantCompleted: waitUntilInvalidationForDistributionTenantCompleted,
    waitUntilStreamingDistributionDeployed: waitUntilStreamingDistributionDeployed,
};
class CloudFront extends CloudFrontClient/* CloudFrontClient */.G {
}
(0,submodules_client.createAggregatedClient)(commands, CloudFront, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/commands/index.js








































































































































































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/pagination/index.js



















;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/waiters/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/models/enums.js
const ResponseHeadersPolicyAccessControlAllowMethodsValues = {
    ALL: "ALL",
    DELETE: "DELETE",
    GET: "GET",
    HEAD: "HEAD",
    OPTIONS: "OPTIONS",
    PATCH: "PATCH",
    POST: "POST",
    PUT: "PUT",
};
const ICPRecordalStatus = {
    APPROVED: "APPROVED",
    PENDING: "PENDING",
    SUSPENDED: "SUSPENDED",
};
const Method = {
    DELETE: "DELETE",
    GET: "GET",
    HEAD: "HEAD",
    OPTIONS: "OPTIONS",
    PATCH: "PATCH",
    POST: "POST",
    PUT: "PUT",
};
const IpAddressType = {
    DualStack: "dualstack",
    Ipv4: "ipv4",
    Ipv6: "ipv6",
};
const IpamCidrStatus = {
    Advertised: "advertised",
    Advertising: "advertising",
    Deprovisioned: "deprovisioned",
    Deprovisioning: "deprovisioning",
    FailedAdvertise: "failed-advertise",
    FailedDeprovision: "failed-deprovision",
    FailedProvision: "failed-provision",
    FailedWithdraw: "failed-withdraw",
    Provisioned: "provisioned",
    Provisioning: "provisioning",
    Withdrawing: "withdrawing",
    Withdrawn: "withdrawn",
};
const ItemSelection = {
    all: "all",
    none: "none",
    whitelist: "whitelist",
};
const EventType = {
    origin_request: "origin-request",
    origin_response: "origin-response",
    viewer_request: "viewer-request",
    viewer_response: "viewer-response",
};
const ViewerProtocolPolicy = {
    allow_all: "allow-all",
    https_only: "https-only",
    redirect_to_https: "redirect-to-https",
};
const CachePolicyCookieBehavior = {
    all: "all",
    allExcept: "allExcept",
    none: "none",
    whitelist: "whitelist",
};
const CachePolicyHeaderBehavior = {
    none: "none",
    whitelist: "whitelist",
};
const CachePolicyQueryStringBehavior = {
    all: "all",
    allExcept: "allExcept",
    none: "none",
    whitelist: "whitelist",
};
const CachePolicyType = {
    custom: "custom",
    managed: "managed",
};
const CertificateSource = {
    acm: "acm",
    cloudfront: "cloudfront",
    iam: "iam",
};
const CertificateTransparencyLoggingPreference = {
    Disabled: "disabled",
    Enabled: "enabled",
};
const ConnectionMode = {
    Direct: "direct",
    TenantOnly: "tenant-only",
};
const HttpVersion = {
    http1_1: "http1.1",
    http2: "http2",
    http2and3: "http2and3",
    http3: "http3",
};
const OriginGroupSelectionCriteria = {
    Default: "default",
    MediaQualityBased: "media-quality-based",
};
const OriginProtocolPolicy = {
    http_only: "http-only",
    https_only: "https-only",
    match_viewer: "match-viewer",
};
const SslProtocol = {
    SSLv3: "SSLv3",
    TLSv1: "TLSv1",
    TLSv1_1: "TLSv1.1",
    TLSv1_2: "TLSv1.2",
};
const PriceClass = {
    None: "None",
    PriceClass_100: "PriceClass_100",
    PriceClass_200: "PriceClass_200",
    PriceClass_All: "PriceClass_All",
};
const GeoRestrictionType = {
    blacklist: "blacklist",
    none: "none",
    whitelist: "whitelist",
};
const MinimumProtocolVersion = {
    SSLv3: "SSLv3",
    TLSv1: "TLSv1",
    TLSv1_1_2016: "TLSv1.1_2016",
    TLSv1_2016: "TLSv1_2016",
    TLSv1_2_2018: "TLSv1.2_2018",
    TLSv1_2_2019: "TLSv1.2_2019",
    TLSv1_2_2021: "TLSv1.2_2021",
    TLSv1_2_2025: "TLSv1.2_2025",
    TLSv1_3_2025: "TLSv1.3_2025",
};
const SSLSupportMethod = {
    sni_only: "sni-only",
    static_ip: "static-ip",
    vip: "vip",
};
const ViewerMtlsMode = {
    Optional: "optional",
    Passthrough: "passthrough",
    Required: "required",
};
const FunctionRuntime = {
    cloudfront_js_1_0: "cloudfront-js-1.0",
    cloudfront_js_2_0: "cloudfront-js-2.0",
};
const FunctionStage = {
    DEVELOPMENT: "DEVELOPMENT",
    LIVE: "LIVE",
};
const ContinuousDeploymentPolicyType = {
    SingleHeader: "SingleHeader",
    SingleWeight: "SingleWeight",
};
const CustomizationActionType = {
    disable: "disable",
    override: "override",
};
const ValidationTokenHost = {
    CloudFront: "cloudfront",
    SelfHosted: "self-hosted",
};
const DomainStatus = {
    Active: "active",
    Inactive: "inactive",
};
const Format = {
    URLEncoded: "URLEncoded",
};
const ImportSourceType = {
    S3: "S3",
};
const RealtimeMetricsSubscriptionStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const OriginAccessControlOriginTypes = {
    lambda: "lambda",
    mediapackagev2: "mediapackagev2",
    mediastore: "mediastore",
    s3: "s3",
};
const OriginAccessControlSigningBehaviors = {
    always: "always",
    always_amz_auth: "always-amz-auth",
    never: "never",
    no_override: "no-override",
};
const OriginAccessControlSigningProtocols = {
    sigv4: "sigv4",
    sigv4a: "sigv4a",
};
const OriginRequestPolicyCookieBehavior = {
    all: "all",
    allExcept: "allExcept",
    none: "none",
    whitelist: "whitelist",
};
const OriginRequestPolicyHeaderBehavior = {
    allExcept: "allExcept",
    allViewer: "allViewer",
    allViewerAndWhitelistCloudFront: "allViewerAndWhitelistCloudFront",
    none: "none",
    whitelist: "whitelist",
};
const OriginRequestPolicyQueryStringBehavior = {
    all: "all",
    allExcept: "allExcept",
    none: "none",
    whitelist: "whitelist",
};
const FrameOptionsList = {
    DENY: "DENY",
    SAMEORIGIN: "SAMEORIGIN",
};
const ReferrerPolicyList = {
    no_referrer: "no-referrer",
    no_referrer_when_downgrade: "no-referrer-when-downgrade",
    origin: "origin",
    origin_when_cross_origin: "origin-when-cross-origin",
    same_origin: "same-origin",
    strict_origin: "strict-origin",
    strict_origin_when_cross_origin: "strict-origin-when-cross-origin",
    unsafe_url: "unsafe-url",
};
const TrustStoreStatus = {
    Active: "active",
    Failed: "failed",
    Pending: "pending",
};
const VpcIpAddressType = {
    DualStack: "dualstack",
    Ipv4: "ipv4",
};
const ManagedCertificateStatus = {
    Expired: "expired",
    Failed: "failed",
    Inactive: "inactive",
    Issued: "issued",
    PendingValidation: "pending-validation",
    Revoked: "revoked",
    ValidationTimedOut: "validation-timed-out",
};
const DistributionResourceType = {
    Distribution: "distribution",
    DistributionTenant: "distribution-tenant",
};
const OriginRequestPolicyType = {
    custom: "custom",
    managed: "managed",
};
const ResponseHeadersPolicyType = {
    custom: "custom",
    managed: "managed",
};
const DnsConfigurationStatus = {
    Invalid: "invalid-configuration",
    Unknown: "unknown-configuration",
    Valid: "valid-configuration",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/models/errors.js
var errors = __webpack_require__(2725);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/models/CloudFrontServiceException.js
var CloudFrontServiceException = __webpack_require__(2838);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-cloudfront/dist-es/index.js














/***/ })

};
