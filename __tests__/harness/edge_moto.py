#!/usr/bin/env python3
"""Local AWS emulator for lambda-edge-deploy tests and the demo.

Runs moto's server (Lambda, IAM and CloudFront, all on one port) and extends moto's CloudFront model
where it differs from AWS in ways our action depends on (see README.md next to this file):
  1. LambdaFunctionAssociations (and FunctionAssociations, and any other cache-behavior field moto does not
     model) are kept and returned, instead of always `Quantity: 0`;
  2. UpdateDistribution enforces If-Match (missing: 400 InvalidIfMatchVersion, stale: 412 PreconditionFailed);
  3. every successful create/update gets a new ETag;
  4. Status stays InProgress for a controllable time after each create/update;
  plus the association checks AWS makes (versioned us-east-1 ARN of an existing version, edge quotas, role
  trust, no environment variables), `Quantity == len(Items)` (InconsistentQuantities), and Lambda's refusal
  to delete a version CloudFront has replicated.

Usage: python3 edge_moto.py PORT [--deploy-delay SECONDS]   (PORT 0 picks a free port)
Prints one JSON line {"port": N} on stdout once listening; runs until stdin closes or SIGTERM.
Control endpoints (plain JSON) live under /_edge/; moto's POST /moto-api/reset also resets them.
"""

import argparse
import copy
import io
import json
import logging
import re
import signal
import sys
import threading
import time
from typing import Any
from urllib.parse import parse_qs, unquote

import botocore.session
from moto.core import DEFAULT_ACCOUNT_ID as DEFAULT_ACCOUNT
from botocore import xform_name
from moto.awslambda.exceptions import InvalidParameterValueException as LambdaInvalidParameterValue
from moto.awslambda.models import LambdaAlias, LambdaBackend, LambdaFunction, lambda_backends
from moto.cloudfront import models as cf
from moto.cloudfront.exceptions import (
    CloudFrontException,
    InvalidIfMatchVersion,
    NoSuchDistribution,
)
from moto.iam.models import iam_backends
from moto.moto_api._internal.models import MotoAPIBackend
from moto.utilities.utils import get_partition
from moto.server import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server

# One lock serialises every read-check-write on our CloudFront state: the werkzeug server is threaded, and
# without it two UpdateDistribution calls carrying the same ETag could both pass the If-Match check.
LOCK = threading.RLock()


class EdgeState:
    """Everything the control endpoints change; reset together with moto's own state."""

    def __init__(self, default_delay: float) -> None:
        self.default_delay = default_delay
        self.reset()

    def reset(self) -> None:
        with LOCK:
            self.deploy_delay = self.default_delay
            self.armed_edits: dict[str, str] = {}  # distribution id -> Comment "someone else" will set
            # Version ARNs CloudFront has replicated: Lambda refuses to delete them until the replicas are
            # gone, which on AWS takes hours after the last association is removed (POST /_edge/replicas/expire).
            self.replicas: set[str] = set()
            self.requests: list[dict[str, Any]] = []
            # Function name -> UpdateRuntimeOn (Auto | FunctionUpdate | Manual); absent means Auto.
            self.runtime_management: dict[str, str] = {}
            # (function name, qualifier) -> requested provisioned concurrent executions.
            self.provisioned: dict[tuple[str, str], int] = {}
            # Distribution id -> the last DistributionConfig request accepted, verbatim: what
            # CopyDistribution and UpdateDistributionWithStagingConfig copy.
            self.raw_configs: dict[str, dict[str, Any]] = {}
            # Continuous deployment policy id -> ContinuousDeploymentPolicy (moto has none).
            self.policies: dict[str, "DeploymentPolicy"] = {}


STATE = EdgeState(0.0)


# ---------------------------------------------------------------------------------------------------------
# Errors, in the codes the CloudFront model declares, so moto serialises them with the right HTTP status
# (PreconditionFailed 412, the rest 400) inside AWS's <ErrorResponse><Error><Type>Sender</Type>... shape.
# ---------------------------------------------------------------------------------------------------------
class PreconditionFailed(CloudFrontException):
    code = "PreconditionFailed"


class InconsistentQuantities(CloudFrontException):
    code = "InconsistentQuantities"


class InvalidLambdaFunctionAssociation(CloudFrontException):
    code = "InvalidLambdaFunctionAssociation"


class TooManyLambdaFunctionAssociations(CloudFrontException):
    code = "TooManyLambdaFunctionAssociations"


class InvalidArgument(CloudFrontException):
    code = "InvalidArgument"


class IllegalUpdate(CloudFrontException):
    code = "IllegalUpdate"


# ---------------------------------------------------------------------------------------------------------
# Validation AWS performs on a DistributionConfig (run on the raw parsed request, before moto builds models).
# Messages quote the ones AWS returns where they are known (seen in public error reports); the others are
# paraphrased and say so in README.md.
# ---------------------------------------------------------------------------------------------------------
REQUEST_EVENTS = {"viewer-request", "origin-request"}
# "Quotas on Lambda@Edge" (the current page, with "Quotas on Connection Functions"): one set of function limits
# for every event type. The viewer-only 128 MB / 5 s / 1 MB of older copies are gone.
EDGE_QUOTAS = {"memory": 10_240, "timeout": 30, "code": 52_428_800}
VIEWER_EVENTS = {"viewer-request", "viewer-response"}
LAMBDA_ARN = re.compile(r"^arn:aws[\w-]*:lambda:([\w-]+):(\d{12}):function:([\w-]+)(?::([^:]+))?$")
MAX_ASSOCIATIONS_PER_BEHAVIOR = 4


def check_quantities(node: Any, path: str = "DistributionConfig") -> None:
    """AWS refuses any {Quantity, Items} pair whose Quantity is not the number of Items."""
    if isinstance(node, dict):
        if "Quantity" in node:
            count = len(node.get("Items") or [])
            if int(node["Quantity"]) != count:
                raise InconsistentQuantities(
                    f"The value of Quantity and the size of Items don't match: {path}.Quantity is "
                    f"{node['Quantity']} but {path}.Items has {count} item(s)."
                )
        for key, value in node.items():
            check_quantities(value, f"{path}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_quantities(value, f"{path}[{index}]")


def check_behaviors(config: dict[str, Any]) -> None:
    behaviors = [config.get("DefaultCacheBehavior") or {}]
    behaviors += (config.get("CacheBehaviors") or {}).get("Items") or []
    for behavior in behaviors:
        items = (behavior.get("LambdaFunctionAssociations") or {}).get("Items") or []
        if len(items) > MAX_ASSOCIATIONS_PER_BEHAVIOR:
            raise TooManyLambdaFunctionAssociations(
                "Your request contains more Lambda@Edge function associations than are allowed per distribution."
            )
        seen: set[str] = set()
        for association in items:
            event_type = association.get("EventType", "")
            if event_type in seen:
                raise InvalidLambdaFunctionAssociation(
                    f"Only one function can be associated with each event type of a cache behavior. "
                    f"Duplicate event type: {event_type}"
                )
            seen.add(event_type)
            check_association(association)
        check_cloudfront_functions(behavior, items)


def check_cloudfront_functions(behavior: dict[str, Any], lambda_items: list[dict[str, Any]]) -> None:
    """"You cannot combine CloudFront Functions and Lambda@Edge in viewer events" (Restrictions on all edge
    functions). The message for the same event type is the one CloudFront returns (quoted in
    anomalyco/sst#2822); the one for the other viewer event is ours (see README.md)."""
    functions = (behavior.get("FunctionAssociations") or {}).get("Items") or []
    viewer_functions = [f for f in functions if f.get("EventType") in VIEWER_EVENTS]
    for association in lambda_items:
        event_type = association.get("EventType", "")
        if event_type not in VIEWER_EVENTS:
            continue
        for function in viewer_functions:
            if function.get("EventType") == event_type:
                raise InvalidArgument(
                    "The event type of a function association must be unique in the cache behavior. "
                    f"Event type {event_type} cannot be associated with two functions."
                )
            raise InvalidArgument(
                "You cannot combine CloudFront Functions and Lambda@Edge in viewer events. "
                f"CloudFront Function {function.get('FunctionARN')} is associated with "
                f"{function.get('EventType')}; Lambda@Edge function {association.get('LambdaFunctionARN')} "
                f"with {event_type}."
            )


def check_association(association: dict[str, Any]) -> None:
    arn = association.get("LambdaFunctionARN", "")
    event_type = association.get("EventType", "")
    match = LAMBDA_ARN.match(arn)
    if not match:
        raise InvalidLambdaFunctionAssociation(f"The function ARN is not a valid Lambda function ARN. ARN: {arn}")
    region, account_id, name, qualifier = match.groups()
    if region != "us-east-1":
        raise InvalidLambdaFunctionAssociation(f"The function must be in region 'us-east-1'. ARN: {arn}")
    # AWS: "You must specify the ARN of a function version; you can't specify an alias or $LATEST."
    if qualifier is None or not qualifier.isdigit():
        raise InvalidLambdaFunctionAssociation(
            "The function ARN must reference a specific function version. "
            f"(The ARN must end with the version number.) ARN: {arn}"
        )
    if association.get("IncludeBody") and event_type not in REQUEST_EVENTS:
        raise InvalidLambdaFunctionAssociation(
            "IncludeBody is only allowed for viewer-request and origin-request events, "
            f"not {event_type}. ARN: {arn}"
        )
    try:
        function = lambda_backends[account_id][region].get_function(name, qualifier)
    except Exception:
        raise InvalidLambdaFunctionAssociation(
            "Lambda@Edge cannot retrieve the specified Lambda function. Update the IAM policy to add "
            f"permission: lambda:GetFunction for resource: {arn} and try again."
        )
    check_function(function, arn, account_id)


def check_function(function: Any, arn: str, account_id: str) -> None:
    if function.environment_vars:
        raise InvalidLambdaFunctionAssociation(f"The function cannot have environment variables. Function: {arn}")
    limits = EDGE_QUOTAS
    for what, value, limit in (
        ("memory size", function.memory_size, limits["memory"]),
        ("timeout", function.timeout, limits["timeout"]),
        ("code size", function.code_size, limits["code"]),
    ):
        if value is not None and int(value) > limit:
            allowed = "allowed" if what == "timeout" else "allowed size"
            raise InvalidLambdaFunctionAssociation(
                f"The function {what} is larger than the maximum {allowed} for functions that are triggered "
                f"by a CloudFront event: {value} Max allowed: {limit} Function: {arn}"
            )
    if not role_trusts_edge(function.role, account_id):
        raise InvalidLambdaFunctionAssociation(
            "The function execution role must be assumable with edgelambda.amazonaws.com as well as "
            f"lambda.amazonaws.com principals. Update the IAM role and try again. Role: {function.role}"
        )


def role_trusts_edge(role_arn: str, account_id: str) -> bool:
    try:
        role = iam_backends[account_id]["aws"].get_role_by_arn(role_arn)
    except Exception:
        return True  # moto already refused unknown roles at CreateFunction; nothing more to learn here
    document = role.assume_role_policy_document
    if isinstance(document, str):  # IAM hands policies around URL-encoded as often as not
        document = json.loads(document if document.lstrip().startswith("{") else unquote(document))
    policy = document
    statements = policy.get("Statement", [])
    services: set[str] = set()
    for statement in statements if isinstance(statements, list) else [statements]:
        if statement.get("Effect") != "Allow":
            continue
        service = (statement.get("Principal") or {}).get("Service", [])
        services.update([service] if isinstance(service, str) else service)
    return {"lambda.amazonaws.com", "edgelambda.amazonaws.com"} <= services


# ---------------------------------------------------------------------------------------------------------
# Model extensions. moto builds its models by looking these names up in its module at call time, so
# rebinding them to our subclasses is enough; moto's own code stays untouched.
# ---------------------------------------------------------------------------------------------------------
def normalise_lambda_associations(raw: Any) -> dict[str, Any]:
    items = (raw or {}).get("Items") or []
    if not items:
        return {"Quantity": 0}
    # AWS always returns IncludeBody (false when it was not sent); element order follows the API model.
    return {
        "Quantity": len(items),
        "Items": [
            {
                "LambdaFunctionARN": item.get("LambdaFunctionARN"),
                "EventType": item.get("EventType"),
                "IncludeBody": bool(item.get("IncludeBody", False)),
            }
            for item in items
        ],
    }


def keep_unmodelled(model: Any, config: dict[str, Any]) -> None:
    """Keep verbatim every request field moto's model has no attribute for (e.g. GrpcConfig,
    OriginAccessControlId, S3OriginConfig). The serializer looks values up by the API's PascalCase name as
    well as its snake_case form, so the field is returned exactly where AWS returns it."""
    for key, value in config.items():
        if not hasattr(model, key) and not hasattr(model, xform_name(key)):
            setattr(model, key, value)


def keep_behavior_fields(behavior: Any, config: dict[str, Any]) -> None:
    """Restore what moto's cache-behavior model drops or hard-codes."""
    behavior.lambda_function_associations = normalise_lambda_associations(config.get("LambdaFunctionAssociations"))
    behavior.function_associations = config.get("FunctionAssociations") or {"Quantity": 0}
    behavior.compress = bool(config.get("Compress", False))  # moto defaults it to true; AWS to false
    if config.get("CachePolicyId") and "ForwardedValues" not in config:
        # moto invents legacy cache settings; AWS returns none of them for a behavior with a cache policy.
        behavior.forwarded_values = None
        behavior.min_ttl = behavior.default_ttl = behavior.max_ttl = None
    keep_unmodelled(behavior, config)


class EdgeDefaultCacheBehaviour(cf.DefaultCacheBehaviour):
    def __init__(self, config: dict[str, Any]):
        super().__init__(config)
        keep_behavior_fields(self, config)


class EdgeCacheBehaviour(cf.CacheBehaviour):
    def __init__(self, config: dict[str, Any]):
        super().__init__(config)
        keep_behavior_fields(self, config)


class EdgeOrigin(cf.Origin):
    def __init__(self, origin: dict[str, Any]):
        super().__init__(origin)
        keep_unmodelled(self, origin)


class EdgeDistribution(cf.Distribution):
    """A distribution whose Status follows our deployment clock instead of moto's state manager."""

    # moto's model metaclass files each model class under the service named in its module path (so that
    # /moto-api/reset forgets its instances); file ours under CloudFront's.
    __module__ = "moto.cloudfront.edge"

    def __init__(self, account_id: str, region_name: str, config: dict[str, Any]):
        super().__init__(account_id, region_name, config)
        # AWS's distribution ARNs have an empty region field; moto puts the account id there instead.
        self.arn = f"arn:{get_partition(region_name)}:cloudfront::{account_id}:distribution/{self.id}"
        self.edge_deployed_at = 0.0  # time.monotonic() at which propagation "ends"
        # AWS answers a create/update with InProgress even when propagation is instant; the flag keeps
        # that true for the write's own response and is cleared by the next read.
        self.edge_unread_change = False

    @property
    def status(self) -> str:
        if self.edge_unread_change or time.monotonic() < self.edge_deployed_at:
            return "InProgress"
        return "Deployed"

    @status.setter
    def status(self, value: str) -> None:
        pass  # our clock is the only source of truth

    @property
    def staging(self) -> bool:
        """DistributionSummary.Staging in ListDistributions (moto leaves it out)."""
        return truthy(getattr(self.distribution_config, "Staging", False))

    def record_change(self, rotate_etag: bool = True) -> None:
        if rotate_etag:
            old = self.etag
            while self.etag == old:
                self.etag = cf.random_id()
        self.edge_deployed_at = time.monotonic() + STATE.deploy_delay
        self.edge_unread_change = True
        self.last_modified_time = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())

    def mark_deployed(self) -> None:
        self.edge_deployed_at = 0.0
        self.edge_unread_change = False


cf.DefaultCacheBehaviour = EdgeDefaultCacheBehaviour
cf.CacheBehaviour = EdgeCacheBehaviour
cf.Origin = EdgeOrigin
cf.Distribution = EdgeDistribution

Backend = cf.CloudFrontBackend
_create = Backend.create_distribution_with_tags
_get = Backend.get_distribution
_get_config = Backend.get_distribution_config
_list = Backend.list_distributions
_update = Backend.update_distribution
_delete = Backend.delete_distribution


def create_distribution_with_tags(self: Any, distribution_config: dict[str, Any], tags: Any) -> Any:
    with LOCK:
        check_quantities(distribution_config)
        check_behaviors(distribution_config)
        raw = copy.deepcopy(distribution_config)
        dist, location, _ = _create(self, distribution_config, tags)
        STATE.raw_configs[dist.id] = raw
        dist.record_change(rotate_etag=False)
        STATE.replicas.update(associated_arns(distribution_config))
        return dist, location, dist.etag


def get_distribution(self: Any, distribution_id: str) -> Any:
    with LOCK:
        dist, etag = _get(self, distribution_id)
        dist.edge_unread_change = False
        return dist, etag


def get_distribution_config(self: Any, distribution_id: str) -> Any:
    with LOCK:
        config, etag = _get_config(self, distribution_id)
        self.distributions[distribution_id].edge_unread_change = False
        return config, etag


def list_distributions(self: Any) -> Any:
    with LOCK:
        dists = _list(self)
        for dist in dists:
            dist.edge_unread_change = False
        return dists


def update_distribution(self: Any, dist_config: dict[str, Any], _id: str, if_match: Any) -> Any:
    with LOCK:
        dist = self.distributions.get(_id)
        if dist is None:
            raise NoSuchDistribution
        # An armed concurrent edit lands between the caller's read and this write, like a colleague's
        # console change would.
        comment = STATE.armed_edits.pop(_id, None)
        if comment is not None:
            dist.distribution_config.Comment = comment
            dist.record_change()
        if not if_match:
            raise InvalidIfMatchVersion
        if if_match != dist.etag:
            raise PreconditionFailed(
                "The precondition in one or more of the request fields evaluated to false. "
                f"If-Match {if_match} does not match the current ETag {dist.etag}."
            )
        if dist_config and dist_config.get("CallerReference") != dist.distribution_config.caller_reference:
            raise IllegalUpdate("The update contains modifications that are not allowed: CallerReference.")
        check_quantities(dist_config)
        check_behaviors(dist_config)
        check_continuous_deployment(dist, dist_config)
        raw = copy.deepcopy(dist_config)
        dist, location, _ = _update(self, dist_config, _id, if_match)
        STATE.raw_configs[_id] = raw
        dist.record_change()
        STATE.replicas.update(associated_arns(dist_config))
        return dist, location, dist.etag


def delete_distribution(self: Any, distribution_id: str, if_match: Any) -> None:
    with LOCK:
        dist = self.distributions.get(distribution_id)
        if dist is not None and if_match and if_match != dist.etag:
            raise PreconditionFailed(
                "The precondition in one or more of the request fields evaluated to false."
            )
        _delete(self, distribution_id, if_match)


Backend.create_distribution_with_tags = create_distribution_with_tags
Backend.get_distribution = get_distribution
Backend.get_distribution_config = get_distribution_config
Backend.list_distributions = list_distributions
Backend.update_distribution = update_distribution
Backend.delete_distribution = delete_distribution


# ---------------------------------------------------------------------------------------------------------
# Continuous deployment (staging distributions and continuous deployment policies), which moto 5.2 lacks.
# Sources: CloudFront API reference pages CopyDistribution, CreateContinuousDeploymentPolicy,
# UpdateContinuousDeploymentPolicy, DeleteContinuousDeploymentPolicy, UpdateDistributionWithStagingConfig,
# ContinuousDeploymentPolicyConfig, SessionStickinessConfig (as shipped in botocore's cloudfront model), and
# "Quotas and other considerations for continuous deployment" (CloudFront Developer Guide,
# https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/continuous-deployment-quotas-considerations.html).
# ---------------------------------------------------------------------------------------------------------
MAX_STAGING_DISTRIBUTIONS = 20  # "Maximum number of staging distributions per AWS account: 20"
MAX_POLICIES = 20  # "Maximum number of continuous deployment policies per AWS account: 20"
MAX_WEIGHT = 0.15  # "Maximum percentage of traffic you can send to a staging distribution ...: 15%"
STICKINESS_SECONDS = (300, 3600)  # IdleTTL and MaximumTTL: "Allowed values are 300–3600 seconds"
HEADER_PREFIX = "aws-cf-cd-"  # SingleHeaderConfig.Header: "The header must contain the prefix aws-cf-cd-."
HTTP3_VERSIONS = {"http3", "http2and3"}  # "You can't use continuous deployment with a distribution that supports HTTP/3"


class InvalidArgument(CloudFrontException):
    code = "InvalidArgument"


class NoSuchContinuousDeploymentPolicy(CloudFrontException):
    code = "NoSuchContinuousDeploymentPolicy"


class ContinuousDeploymentPolicyInUse(CloudFrontException):
    code = "ContinuousDeploymentPolicyInUse"


class StagingDistributionInUse(CloudFrontException):
    code = "StagingDistributionInUse"


class TooManyContinuousDeploymentPolicies(CloudFrontException):
    code = "TooManyContinuousDeploymentPolicies"


class TooManyDistributions(CloudFrontException):
    code = "TooManyDistributions"


def truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


def is_staging(dist: Any) -> bool:
    return truthy(getattr(dist.distribution_config, "Staging", False))


def policy_id_of(dist: Any) -> str:
    return getattr(dist.distribution_config, "ContinuousDeploymentPolicyId", None) or ""


def check_if_match(if_match: Any, etag: str, what: str) -> None:
    if not if_match:
        raise InvalidIfMatchVersion
    if if_match != etag:
        raise PreconditionFailed(
            "The precondition in one or more of the request fields evaluated to false. "
            f"If-Match {if_match} does not match the current ETag {etag} of {what}."
        )


class DeploymentPolicy:
    """A ContinuousDeploymentPolicy: its config as sent, its own ETag and modification time."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.id = cf.random_id()
        self.etag = cf.random_id()
        self.config = config
        self.last_modified_time = cf.utcnow()

    def replace(self, config: dict[str, Any]) -> None:
        self.config = config
        old = self.etag
        while self.etag == old:
            self.etag = cf.random_id()
        self.last_modified_time = cf.utcnow()

    def serialized(self) -> dict[str, Any]:
        return {"Id": self.id, "LastModifiedTime": self.last_modified_time, "ContinuousDeploymentPolicyConfig": self.config}


def check_policy_config(config: dict[str, Any], policy_id: str | None) -> dict[str, Any]:
    """Validates a ContinuousDeploymentPolicyConfig as the API reference describes it; returns it
    normalised (Enabled a bool, Quantity counted)."""
    check_quantities(config, "ContinuousDeploymentPolicyConfig")
    names = (config.get("StagingDistributionDnsNames") or {}).get("Items") or []
    if len(names) != 1:
        raise InvalidArgument("StagingDistributionDnsNames must name exactly one staging distribution.")
    staging = next((d for d in all_distributions() if d.domain_name == names[0]), None)
    if staging is None or not is_staging(staging):
        raise InvalidArgument(f"{names[0]} is not the domain name of a staging distribution.")
    for other in STATE.policies.values():
        if other.id != policy_id and names[0] in (other.config.get("StagingDistributionDnsNames") or {}).get("Items", []):
            raise StagingDistributionInUse(
                f"The staging distribution {staging.id} is already used by continuous deployment policy {other.id}."
            )
    traffic = config.get("TrafficConfig") or {}
    kind = traffic.get("Type")
    if kind == "SingleHeader":
        header = traffic.get("SingleHeaderConfig") or {}
        if not str(header.get("Header", "")).lower().startswith(HEADER_PREFIX) or not header.get("Value"):
            raise InvalidArgument(
                f"SingleHeaderConfig needs a Header that starts with {HEADER_PREFIX} and a Value."
            )
    elif kind == "SingleWeight":
        weight = traffic.get("SingleWeightConfig") or {}
        if not 0 <= float(weight.get("Weight", -1)) <= MAX_WEIGHT:
            raise InvalidArgument(f"SingleWeightConfig.Weight must be between 0 and {MAX_WEIGHT}.")
        sticky = weight.get("SessionStickinessConfig")
        if sticky is not None:
            idle, maximum = int(sticky.get("IdleTTL", 0)), int(sticky.get("MaximumTTL", 0))
            low, high = STICKINESS_SECONDS
            if not (low <= idle <= high and low <= maximum <= high and idle <= maximum):
                raise InvalidArgument(
                    f"SessionStickinessConfig: IdleTTL and MaximumTTL must be {low} to {high} seconds, IdleTTL <= MaximumTTL."
                )
    else:
        raise InvalidArgument("TrafficConfig.Type must be SingleWeight or SingleHeader.")
    return {**config, "Enabled": truthy(config.get("Enabled"))}


def check_continuous_deployment(dist: Any, config: dict[str, Any]) -> None:
    """What UpdateDistribution refuses around continuous deployment."""
    staging = truthy(config.get("Staging", False))
    if staging != is_staging(dist):
        raise IllegalUpdate("The update contains modifications that are not allowed: Staging.")
    policy_id = config.get("ContinuousDeploymentPolicyId") or ""
    if policy_id and staging:
        raise InvalidArgument("A staging distribution cannot have a continuous deployment policy.")
    if policy_id and policy_id not in STATE.policies:
        raise NoSuchContinuousDeploymentPolicy(f"The continuous deployment policy {policy_id} does not exist.")
    if (policy_id or staging) and config.get("HttpVersion") in HTTP3_VERSIONS:
        raise InvalidArgument("Continuous deployment is not supported for distributions with HTTP/3 enabled.")
    if policy_id and any(policy_id_of(d) == policy_id for d in all_distributions() if d.id != dist.id):
        raise ContinuousDeploymentPolicyInUse(f"The continuous deployment policy {policy_id} is attached to another distribution.")


def copy_distribution(backend: Any, primary_id: str, staging: Any, if_match: Any, caller_reference: str, enabled: Any) -> Any:
    with LOCK:
        primary = backend.distributions.get(primary_id)
        if primary is None:
            raise NoSuchDistribution
        check_if_match(if_match, primary.etag, f"distribution {primary_id}")
        if not truthy(staging):
            raise InvalidArgument("Staging must be true: CopyDistribution only makes staging distributions.")
        if is_staging(primary):
            raise InvalidArgument(f"{primary_id} is a staging distribution: copy its primary instead.")
        raw = STATE.raw_configs[primary_id]
        if raw.get("HttpVersion") in HTTP3_VERSIONS:
            raise InvalidArgument("Continuous deployment is not supported for distributions with HTTP/3 enabled.")
        if raw.get("ConnectionMode") == "tenant-only":
            raise InvalidArgument("Staging distributions are not supported for multi-tenant distributions.")
        if sum(1 for d in all_distributions() if is_staging(d)) >= MAX_STAGING_DISTRIBUTIONS:
            raise TooManyDistributions(
                f"You have reached the maximum number of staging distributions ({MAX_STAGING_DISTRIBUTIONS}) for this account."
            )
        config = copy.deepcopy(raw)
        config.update(CallerReference=caller_reference, Staging=True, Aliases={"Quantity": 0})
        config["Enabled"] = True if enabled is None else truthy(enabled)
        config.pop("ContinuousDeploymentPolicyId", None)
        return create_distribution_with_tags(backend, config, [])


def promote_staging(backend: Any, primary_id: str, staging_id: str, if_match: Any) -> Any:
    """UpdateDistributionWithStagingConfig: the staging config onto the primary, which keeps its
    Aliases and ContinuousDeploymentPolicyId; the policy is disabled."""
    with LOCK:
        primary = backend.distributions.get(primary_id)
        staging = backend.distributions.get(staging_id or "")
        if primary is None or staging is None:
            raise NoSuchDistribution
        etags = [part.strip() for part in str(if_match or "").split(",")]
        if len(etags) != 2 or not all(etags):
            raise InvalidIfMatchVersion
        check_if_match(etags[0], primary.etag, f"primary distribution {primary_id}")
        check_if_match(etags[1], staging.etag, f"staging distribution {staging_id}")
        if not is_staging(staging):
            raise InvalidArgument(f"{staging_id} is not a staging distribution.")
        policy = STATE.policies.get(policy_id_of(primary))
        if policy is not None and staging.domain_name not in policy.config["StagingDistributionDnsNames"].get("Items", []):
            raise InvalidArgument(f"The continuous deployment policy of {primary_id} does not route to {staging_id}.")
        primary_raw = STATE.raw_configs[primary_id]
        config = copy.deepcopy(STATE.raw_configs[staging_id])
        config.pop("Staging", None)
        config.pop("ContinuousDeploymentPolicyId", None)
        config["CallerReference"] = primary_raw["CallerReference"]
        config["Aliases"] = copy.deepcopy(primary_raw.get("Aliases") or {"Quantity": 0})
        if primary_raw.get("ContinuousDeploymentPolicyId"):
            config["ContinuousDeploymentPolicyId"] = primary_raw["ContinuousDeploymentPolicyId"]
        dist, _, etag = update_distribution(backend, config, primary_id, primary.etag)
        if policy is not None:
            policy.replace({**policy.config, "Enabled": False})
        return dist, etag


def create_policy(config: dict[str, Any]) -> DeploymentPolicy:
    with LOCK:
        if len(STATE.policies) >= MAX_POLICIES:
            raise TooManyContinuousDeploymentPolicies(
                f"You have reached the maximum number of continuous deployment policies ({MAX_POLICIES}) for this account."
            )
        policy = DeploymentPolicy(check_policy_config(config, None))
        STATE.policies[policy.id] = policy
        return policy


def find_policy(policy_id: str) -> DeploymentPolicy:
    policy = STATE.policies.get(policy_id)
    if policy is None:
        raise NoSuchContinuousDeploymentPolicy(f"The continuous deployment policy {policy_id} does not exist.")
    return policy


def update_policy(policy_id: str, config: dict[str, Any], if_match: Any) -> DeploymentPolicy:
    with LOCK:
        policy = find_policy(policy_id)
        check_if_match(if_match, policy.etag, f"continuous deployment policy {policy_id}")
        policy.replace(check_policy_config(config, policy_id))
        return policy


def delete_policy(policy_id: str, if_match: Any) -> None:
    with LOCK:
        policy = find_policy(policy_id)
        check_if_match(if_match, policy.etag, f"continuous deployment policy {policy_id}")
        if any(policy_id_of(d) == policy_id for d in all_distributions()):
            raise ContinuousDeploymentPolicyInUse(
                f"The continuous deployment policy {policy_id} is attached to a distribution: remove it from the distribution first."
            )
        del STATE.policies[policy_id]


def _respond(result: dict[str, Any]) -> Any:
    from moto.core.responses import ActionResult

    return ActionResult(result)


def _copy_distribution(self: Any) -> Any:
    dist, location, etag = copy_distribution(
        self.backend,
        self._get_param("PrimaryDistributionId"),
        self._get_param("Staging"),
        self._get_param("IfMatch"),
        self._get_param("CallerReference"),
        self._get_param("Enabled"),
    )
    return _respond({"Distribution": dist, "ETag": etag, "Location": location})


def _update_distribution_with_staging_config(self: Any) -> Any:
    dist, etag = promote_staging(
        self.backend, self._get_param("Id"), self._get_param("StagingDistributionId"), self._get_param("IfMatch")
    )
    return _respond({"Distribution": dist, "ETag": etag})


def _policy_result(policy: DeploymentPolicy, config_only: bool = False) -> Any:
    body = {"ContinuousDeploymentPolicyConfig": policy.config} if config_only else {"ContinuousDeploymentPolicy": policy.serialized()}
    return _respond({**body, "ETag": policy.etag})


def _create_continuous_deployment_policy(self: Any) -> Any:
    policy = create_policy(self._get_param("ContinuousDeploymentPolicyConfig", {}))
    location = f"https://cloudfront.amazonaws.com/2020-05-31/continuous-deployment-policy/{policy.id}"
    return _respond({"ContinuousDeploymentPolicy": policy.serialized(), "ETag": policy.etag, "Location": location})


def _get_continuous_deployment_policy(self: Any) -> Any:
    return _policy_result(find_policy(self._get_param("Id")))


def _get_continuous_deployment_policy_config(self: Any) -> Any:
    return _policy_result(find_policy(self._get_param("Id")), config_only=True)


def _update_continuous_deployment_policy(self: Any) -> Any:
    config = self._get_param("ContinuousDeploymentPolicyConfig", {})
    return _policy_result(update_policy(self._get_param("Id"), config, self._get_param("IfMatch")))


def _delete_continuous_deployment_policy(self: Any) -> Any:
    from moto.core.responses import EmptyResult

    delete_policy(self._get_param("Id"), self._get_param("IfMatch"))
    return EmptyResult()


def _list_continuous_deployment_policies(self: Any) -> Any:
    policies = list(STATE.policies.values())
    items = [{"ContinuousDeploymentPolicy": p.serialized()} for p in policies]
    listing = {"MaxItems": int(self._get_param("MaxItems") or 100), "Quantity": len(items), "Items": items or None}
    return _respond({"ContinuousDeploymentPolicyList": listing})


from moto.cloudfront import urls as cf_urls  # noqa: E402
from moto.cloudfront.responses import CloudFrontResponse  # noqa: E402

for _name, _method in {
    "copy_distribution": _copy_distribution,
    "update_distribution_with_staging_config": _update_distribution_with_staging_config,
    "create_continuous_deployment_policy": _create_continuous_deployment_policy,
    "get_continuous_deployment_policy": _get_continuous_deployment_policy,
    "get_continuous_deployment_policy_config": _get_continuous_deployment_policy_config,
    "update_continuous_deployment_policy": _update_continuous_deployment_policy,
    "delete_continuous_deployment_policy": _delete_continuous_deployment_policy,
    "list_continuous_deployment_policies": _list_continuous_deployment_policies,
}.items():
    setattr(CloudFrontResponse, _name, _method)
# moto finds the operation from botocore's routes; Flask only needs to send these paths to CloudFront.
cf_urls.url_paths.update(
    {
        "{0}/2020-05-31/distribution/(?P<distribution_id>[^/]+)/copy$": CloudFrontResponse.dispatch,
        "{0}/2020-05-31/distribution/(?P<distribution_id>[^/]+)/promote-staging-config$": CloudFrontResponse.dispatch,
        "{0}/2020-05-31/continuous-deployment-policy$": CloudFrontResponse.dispatch,
        "{0}/2020-05-31/continuous-deployment-policy/(?P<policy_id>[^/]+)$": CloudFrontResponse.dispatch,
        "{0}/2020-05-31/continuous-deployment-policy/(?P<policy_id>[^/]+)/config$": CloudFrontResponse.dispatch,
    }
)

# moto's POST /moto-api/reset ends in MotoAPIBackend.reset: hook it so one reset clears our state too.
_moto_reset = MotoAPIBackend.reset


def moto_reset(self: Any) -> None:
    _moto_reset(self)
    STATE.reset()


MotoAPIBackend.reset = moto_reset


def all_distributions() -> list[EdgeDistribution]:
    return [
        dist
        for account_id in list(cf.cloudfront_backends.keys())
        for backend in list(cf.cloudfront_backends[account_id].values())
        for dist in list(backend.distributions.values())
    ]


def find_distribution(dist_id: str) -> EdgeDistribution | None:
    return next((dist for dist in all_distributions() if dist.id == dist_id), None)


def associated_arns(config: Any) -> set[str]:
    """Version ARNs associated anywhere in a config: a raw request dict or moto's stored model."""
    get = (lambda node, key: node.get(key)) if isinstance(config, dict) else getattr
    behaviors = [get(config, "DefaultCacheBehavior")]
    behaviors += (get(config, "CacheBehaviors") or {}).get("Items") or []
    arns = set()
    for behavior in behaviors:
        if isinstance(behavior, dict):
            associations = behavior.get("LambdaFunctionAssociations")
        else:
            associations = behavior.lambda_function_associations
        arns.update(item["LambdaFunctionARN"] for item in (associations or {}).get("Items") or [])
    return arns


# Lambda side of replication: DeleteFunction on a replicated version fails as on AWS, so pruning code can be
# tested against the error it must tolerate.
_lambda_delete = LambdaBackend.delete_function


def delete_function(self: Any, function_name: str, qualifier: str | None = None) -> None:
    match = LAMBDA_ARN.match(function_name)
    name = match.group(3) if match else function_name.split(":")[0]
    if match and qualifier is None:
        qualifier = match.group(4)
    prefix = f"arn:aws:lambda:{self.region_name}:{self.account_id}:function:{name}:"
    with LOCK:
        blocked = sorted(
            arn for arn in STATE.replicas if arn.startswith(prefix) and qualifier in (None, arn[len(prefix) :])
        )
    if blocked:
        raise LambdaInvalidParameterValue(
            f"Lambda was unable to delete {blocked[0]} because it is a replicated function. "
            "Please see our documentation for Deleting Lambda@Edge Functions and Replicas."
        )
    _lambda_delete(self, function_name, qualifier)


LambdaBackend.delete_function = delete_function


# ---------------------------------------------------------------------------------------------------------
# Lambda's optimistic-concurrency guards, which moto 5.2 ignores ("The RevisionId parameter is not yet
# implemented"). AWS (Lambda API reference, UpdateAlias and PublishVersion,
# https://docs.aws.amazon.com/lambda/latest/api/API_UpdateAlias.html,
# https://docs.aws.amazon.com/lambda/latest/api/API_PublishVersion.html): RevisionId is "A unique identifier
# that changes when you update the alias" (or the function); UpdateAlias "Only update the alias if the
# revision ID matches", PublishVersion "Only update the function if the revision ID matches" and "Only
# publish a version if the hash value matches" (CodeSha256). A mismatched RevisionId is 412
# PreconditionFailedException ("The RevisionId provided does not match the latest RevisionId for the Lambda
# function or alias").
# ---------------------------------------------------------------------------------------------------------
def new_revision() -> str:
    return str(__import__("uuid").uuid4())


_alias_update = LambdaAlias.update


def alias_update(self: Any, *args: Any, **kwargs: Any) -> None:
    _alias_update(self, *args, **kwargs)
    self.revision_id = new_revision()


LambdaAlias.update = alias_update


def function_revision(fn: Any) -> str:
    if not getattr(fn, "_edge_revision", None):
        fn._edge_revision = new_revision()
    return fn._edge_revision


_fn_get_configuration = LambdaFunction.get_configuration
_fn_update_configuration = LambdaFunction.update_configuration
_fn_update_code = LambdaFunction.update_function_code


def fn_get_configuration(self: Any, *args: Any, **kwargs: Any) -> dict[str, Any]:
    config = _fn_get_configuration(self, *args, **kwargs)
    config["RevisionId"] = function_revision(self)
    return config


def fn_update_configuration(self: Any, *args: Any, **kwargs: Any) -> Any:
    self._edge_revision = new_revision()
    return _fn_update_configuration(self, *args, **kwargs)


def fn_update_code(self: Any, *args: Any, **kwargs: Any) -> Any:
    self._edge_revision = new_revision()
    return _fn_update_code(self, *args, **kwargs)


LambdaFunction.get_configuration = fn_get_configuration
LambdaFunction.update_configuration = fn_update_configuration
LambdaFunction.update_function_code = fn_update_code

ALIAS_PATH = re.compile(r"^/2015-03-31/functions/([^/]+)/aliases/([^/]+)$")
VERSIONS_PATH = re.compile(r"^/2015-03-31/functions/([^/]+)/versions$")
REVISION_MISMATCH = (
    "The Revision Id provided does not match the latest Revision Id. "
    "Call the GetFunction/GetAlias API to retrieve the latest Revision Id"
)


def lambda_guard(method: str, path: str, request: dict[str, Any]) -> tuple[int, dict[str, Any], str] | None:
    """The refusal AWS would give an UpdateAlias or PublishVersion whose guard does not match, if any."""
    backend = lambda_backends[DEFAULT_ACCOUNT]["us-east-1"]
    alias = ALIAS_PATH.match(path)
    if alias and method == "PUT" and request.get("RevisionId"):
        try:
            current = backend.get_alias(unquote(alias.group(2)), unquote(alias.group(1)).split(":function:")[-1])
        except Exception:
            return None  # moto answers the missing alias itself
        if current.revision_id != request["RevisionId"]:
            return 412, {"Type": "User", "message": REVISION_MISMATCH}, "PreconditionFailedException"
    versions = VERSIONS_PATH.match(path)
    if versions and method == "POST":
        try:
            fn = backend.get_function(unquote(versions.group(1)).split(":function:")[-1], None)
        except Exception:
            return None
        if request.get("RevisionId") and request["RevisionId"] != function_revision(fn):
            return 412, {"Type": "User", "message": REVISION_MISMATCH}, "PreconditionFailedException"
        if request.get("CodeSha256") and request["CodeSha256"] != fn.code_sha_256:
            # Wording seen in public reports of this refusal; AWS's API reference gives no message.
            message = (
                f"CodeSHA256 ({request['CodeSha256']}) is different from current CodeSHA256 in $LATEST "
                f"({fn.code_sha_256}). Please try again with the current CodeSHA256."
            )
            return 400, {"Type": "User", "message": message}, "InvalidParameterValueException"
    return None


# ---------------------------------------------------------------------------------------------------------
# Request log: which AWS operation each request was, named from botocore's own service models (the same
# ones moto uses), so the log says "UpdateFunctionCode" rather than "PUT /2015-03-31/functions/x/code".
# ---------------------------------------------------------------------------------------------------------
READ_PREFIXES = ("Get", "List", "Describe", "Head")
Params = dict[str, list[str]]
# (specificity, HTTP method, path regex, required query parameters, operation name)
Route = tuple[int, str, re.Pattern[str], Params, str]


class OperationNamer:
    def __init__(self) -> None:
        self._session = botocore.session.get_session()
        self._models: dict[str, Any] = {}
        self._routes: dict[str, list[Route]] = {}

    def _model(self, service: str) -> Any:
        if service not in self._models:
            try:
                self._models[service] = self._session.get_service_model(service)
            except Exception:
                self._models[service] = None
        return self._models[service]

    def _rest_routes(self, service: str, model: Any) -> list[Route]:
        if service not in self._routes:
            routes = []
            for name in model.operation_names:
                http = model.operation_model(name).http
                path, _, query = http["requestUri"].partition("?")
                regex, literal = "^", 0
                for part in re.split(r"(\{[^}]+\})", path):
                    if part.startswith("{"):
                        regex += ".+" if part.endswith("+}") else "[^/]+"
                    elif part:
                        regex += re.escape(part)
                        literal += len(part)
                required = parse_qs(query, keep_blank_values=True)
                # Prefer the most specific template: required query keys first, then literal length.
                score = len(required) * 1000 + literal
                routes.append((score, http["method"], re.compile(regex + "/?$"), required, name))
            routes.sort(key=lambda route: -route[0])
            self._routes[service] = routes
        return self._routes[service]

    def name(self, service: str, method: str, path: str, query: Params, target: str, form: Params) -> str | None:
        # JSON protocols name the operation in X-Amz-Target. CloudWatch's signing name ("monitoring")
        # is not its model name, and the SDK v3 speaks its awsJson1_0 protocol, not the query one.
        if target:
            return target.rsplit(".", 1)[-1]
        model = self._model(service)
        if model is None:
            return None
        protocol = model.metadata.get("protocol")
        if protocol in ("query", "ec2"):
            return (form.get("Action") or query.get("Action") or [None])[0]
        if protocol == "json":
            return target.rsplit(".", 1)[-1] if target else None
        for _, route_method, regex, required, name in self._rest_routes(service, model):
            if route_method != method or not regex.match(path):
                continue
            if all(key in query and values[0] in ("", *query[key]) for key, values in required.items()):
                return name
        return None


NAMER = OperationNamer()


def describe_request(environ: dict[str, Any]) -> dict[str, Any]:
    method = environ.get("REQUEST_METHOD", "GET")
    path = environ.get("PATH_INFO", "")
    query = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    service = "unknown"
    scope = re.search(r"Credential=[^/]+/[^/]+/[^/]+/([^/]+)/aws4_request", environ.get("HTTP_AUTHORIZATION", ""))
    if scope:
        service = scope.group(1)
    form: dict[str, list[str]] = {}
    if environ.get("CONTENT_TYPE", "").startswith("application/x-www-form-urlencoded"):
        # Query-protocol APIs (IAM) name the operation in the body: read it, then hand moto a fresh stream.
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        environ["wsgi.input"] = io.BytesIO(body)
        form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    operation = NAMER.name(service, method, path, query, environ.get("HTTP_X_AMZ_TARGET", ""), form)
    mutating = not operation.startswith(READ_PREFIXES) if operation else method not in ("GET", "HEAD")
    # "at": wall-clock seconds when the request arrived, so a test can time one step against another.
    return {
        "method": method,
        "path": path,
        "service": service,
        "operation": operation,
        "mutating": mutating,
        "at": time.time(),
    }


# ---------------------------------------------------------------------------------------------------------
# The WSGI application: our control endpoints, then moto, logging every AWS request on the way.
# ---------------------------------------------------------------------------------------------------------
PROVISIONED = re.compile(r"^/2019-09-30/functions/([^/]+)/provisioned-concurrency/?$")
RUNTIME_MANAGEMENT = re.compile(r"^/2021-07-20/functions/([^/]+)/runtime-management-config/?$")


def json_response(start_response: Any, status: int, body: Any, extra: list[tuple[str, str]] | None = None) -> Any:
    payload = json.dumps(body).encode()
    headers = [("Content-Type", "application/json"), ("Content-Length", str(len(payload))), *(extra or [])]
    start_response(f"{status} {'OK' if status < 400 else 'Error'}", headers)
    return [payload]


class EdgeApp:
    def __init__(self) -> None:
        self.moto = DomainDispatcherApplication(create_backend_app)

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        path = environ.get("PATH_INFO", "")
        if path.startswith("/_edge/"):
            return self.control(environ, start_response)
        if path.startswith("/moto-api") or path == "/favicon.ico":
            return self.moto(environ, start_response)
        entry = describe_request(environ)

        def logging_start_response(status: str, headers: Any, *rest: Any) -> Any:
            entry["status"] = int(status.split(" ", 1)[0])
            with LOCK:
                STATE.requests.append(entry)
            return start_response(status, headers, *rest)

        runtime = RUNTIME_MANAGEMENT.match(path)
        if runtime:
            return self.runtime_management(environ, runtime.group(1), logging_start_response)
        provisioned = PROVISIONED.match(path)
        if provisioned:
            return self.provisioned_concurrency(environ, provisioned.group(1), logging_start_response)
        if ALIAS_PATH.match(path) or VERSIONS_PATH.match(path):
            length = int(environ.get("CONTENT_LENGTH") or 0)
            raw = environ["wsgi.input"].read(length) if length else b""
            environ["wsgi.input"] = io.BytesIO(raw)  # moto reads the body again
            with LOCK:  # check and write as one step, like AWS's compare-and-swap
                try:
                    request = json.loads(raw or b"{}")
                except ValueError:
                    request = {}
                refusal = lambda_guard(environ.get("REQUEST_METHOD", ""), path, request)
                if refusal:
                    status, body, errortype = refusal
                    return json_response(logging_start_response, status, body, [("x-amzn-errortype", errortype)])
                return list(self.moto(environ, logging_start_response))
        return self.moto(environ, logging_start_response)

    def runtime_management(self, environ: dict[str, Any], name: str, start_response: Any) -> Any:
        """Get/PutRuntimeManagementConfig, which moto 5.2 does not implement (AWS: UpdateRuntimeOn
        defaults to Auto; Lambda@Edge requires Auto)."""
        name = name.split(":function:")[-1]
        backend = lambda_backends[DEFAULT_ACCOUNT]["us-east-1"]
        try:
            function = backend.get_function(name, None)
        except Exception:
            body = {"Type": "User", "message": f"Function not found: {name}"}
            return json_response(start_response, 404, body, [("x-amzn-errortype", "ResourceNotFoundException")])
        if environ.get("REQUEST_METHOD") == "PUT":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            request = json.loads(environ["wsgi.input"].read(length) or b"{}")
            with LOCK:
                STATE.runtime_management[name] = request.get("UpdateRuntimeOn", "Auto")
        mode = STATE.runtime_management.get(name, "Auto")
        return json_response(start_response, 200, {"UpdateRuntimeOn": mode, "FunctionArn": function.function_arn})

    def provisioned_concurrency(self, environ: dict[str, Any], name: str, start_response: Any) -> Any:
        """Get/PutProvisionedConcurrencyConfig, which moto 5.2 does not implement. AWS answers 404
        ProvisionedConcurrencyConfigNotFoundException for a version without one."""
        name = name.split(":function:")[-1]
        qualifier = (parse_qs(environ.get("QUERY_STRING", "")).get("Qualifier") or [""])[0]
        key = (name, qualifier)
        if environ.get("REQUEST_METHOD") == "PUT":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            request = json.loads(environ["wsgi.input"].read(length) or b"{}")
            with LOCK:
                STATE.provisioned[key] = int(request.get("ProvisionedConcurrentExecutions", 0))
        if key not in STATE.provisioned:
            body = {"Type": "User", "message": "No Provisioned Concurrency Config found for this function"}
            errortype = [("x-amzn-errortype", "ProvisionedConcurrencyConfigNotFoundException")]
            return json_response(start_response, 404, body, errortype)
        n = STATE.provisioned[key]
        body = {"RequestedProvisionedConcurrentExecutions": n, "AllocatedProvisionedConcurrentExecutions": n, "Status": "READY"}
        return json_response(start_response, 200, body)

    def control(self, environ: dict[str, Any], start_response: Any) -> Any:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ["PATH_INFO"][len("/_edge") :].rstrip("/")
        length = int(environ.get("CONTENT_LENGTH") or 0)
        try:
            body = json.loads(environ["wsgi.input"].read(length) or b"{}") if length else {}
            status, result = self.route(method, path, body)
        except (ValueError, KeyError, TypeError) as error:
            status, result = 400, {"error": f"bad request: {error}"}
        payload = json.dumps(result).encode()
        headers = [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))]
        start_response(f"{status} {'OK' if status < 400 else 'Error'}", headers)
        return [payload]

    def route(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        with LOCK:
            if path == "/requests" and method == "GET":
                return 200, STATE.requests
            if path == "/requests" and method == "DELETE":
                STATE.requests = []
                return 200, {"cleared": True}
            if path == "/state" and method == "GET":
                return 200, {
                    "deployDelaySeconds": STATE.deploy_delay,
                    "armedEdits": STATE.armed_edits,
                    "replicas": sorted(STATE.replicas),
                    "requestCount": len(STATE.requests),
                }
            if path == "/replicas/expire" and method == "POST":
                # CloudFront has finished removing the replicas of every version no distribution uses now.
                in_use = set().union(*(associated_arns(dist.distribution_config) for dist in all_distributions()))
                STATE.replicas &= in_use
                return 200, {"replicas": sorted(STATE.replicas)}
            if path == "/deploy-delay" and method == "POST":
                seconds = float(body["seconds"])
                if seconds < 0:
                    raise ValueError("seconds must be >= 0")
                STATE.deploy_delay = seconds
                return 200, {"deployDelaySeconds": seconds}
            match = re.fullmatch(r"/distributions/([^/]+)/(deployed|edit-before-next-update)", path)
            if match and method == "POST":
                dist_id, action = match.groups()
                dist = find_distribution(dist_id)
                if dist is None:
                    return 404, {"error": f"no distribution {dist_id}"}
                if action == "deployed":
                    dist.mark_deployed()
                    return 200, {"id": dist_id, "status": dist.status}
                STATE.armed_edits[dist_id] = str(body["comment"])
                return 200, {"id": dist_id, "armed": True}
        return 404, {"error": f"unknown control endpoint {method} /_edge{path}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("port", type=int, help="port on 127.0.0.1 (0 = pick a free one)")
    parser.add_argument("--deploy-delay", type=float, default=0.0, help="seconds InProgress after each change")
    args = parser.parse_args()
    STATE.default_delay = args.deploy_delay
    STATE.reset()

    # werkzeug logs every request to stderr; the launcher keeps stderr only to explain start-up failures.
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = make_server("127.0.0.1", args.port, EdgeApp(), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(json.dumps({"port": server.server_port}), flush=True)

    # SIGTERM ends the process; so does stdin closing, which is how we notice that the parent died
    # (even by SIGKILL) without leaving an orphan emulator holding a port.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        while sys.stdin.buffer.read(4096):
            pass
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
