#!/usr/bin/env bash
# The hand-written alternative the bench compares the action with: the AWS CLI calls a person
# would script to ship a Lambda@Edge version, with no validation and no rollback.
#
#   cli-deploy.sh FUNCTION ZIP DISTRIBUTION_ID EVENT_TYPE
#
# AWS (the CLI to run), ENDPOINT (--endpoint-url) and PYTHON come from the environment.
set -euo pipefail
fn=$1 zip=$2 dist=$3 event=$4
aws_() { "${AWS:-aws}" ${ENDPOINT:+--endpoint-url "$ENDPOINT"} "$@"; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Upload and publish in one call; FunctionArn is then the version ARN.
arn=$(aws_ lambda update-function-code --function-name "$fn" --zip-file "fileb://$zip" \
  --publish --query FunctionArn --output text)

aws_ cloudfront get-distribution-config --id "$dist" >"$tmp/current.json"
etag=$("${PYTHON:-python3}" - "$tmp/current.json" "$tmp/config.json" "$arn" "$event" <<'EOF'
import json, sys
src, out, arn, event = sys.argv[1:]
doc = json.load(open(src))
config = doc["DistributionConfig"]
behavior = config["DefaultCacheBehavior"]
items = [a for a in behavior.get("LambdaFunctionAssociations", {}).get("Items", [])
         if a["EventType"] != event]
items.append({"LambdaFunctionARN": arn, "EventType": event, "IncludeBody": False})
behavior["LambdaFunctionAssociations"] = {"Quantity": len(items), "Items": items}
json.dump(config, open(out, "w"))
print(doc["ETag"])
EOF
)
aws_ cloudfront update-distribution --id "$dist" --if-match "$etag" \
  --distribution-config "file://$tmp/config.json" >/dev/null

until [ "$(aws_ cloudfront get-distribution --id "$dist" --query Distribution.Status --output text)" = Deployed ]; do
  sleep 1
done
echo "$arn"
