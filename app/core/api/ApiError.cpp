#include "api/ApiError.h"

ApiError ApiError::transportError(Transport transport, const QString &message, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Transport;
    error.transport = transport;
    error.message = message;
    error.detail = detail;
    return error;
}

ApiError ApiError::transportError(Transport transport, std::function<QString()> composeMessage)
{
    ApiError error = transportError(transport, composeMessage());
    error.composeMessage = std::move(composeMessage);
    return error;
}

QString ApiError::title() const
{
    switch (kind) {
    case Kind::Gateway:
        if (code == u"SignatureDoesNotMatch" || code == u"IncompleteSignature")
            return tr("Signature rejected");
        if (code.startsWith(u"InvalidAccessKeyId"))
            return tr("AccessKey not accepted");
        if (code.startsWith(u"InvalidTimeStamp"))
            return tr("Clock out of step with the server");
        if (code == u"SignatureNonceUsed")
            return tr("Request replay rejected");
        if (code.startsWith(u"Throttling"))
            return tr("Request rate limit reached");
        if (code.startsWith(u"Forbidden"))
            return tr("Permission denied");
        if (code == u"NoPermission" || code == u"EntityNotExist.Role" || code == u"InvalidParameter.RoleArn")
            return tr("Role cannot be assumed");
        if (code.startsWith(u"InvalidParameter."))
            return tr("Role session refused");
        if (httpStatus >= 500)
            return tr("Server error");
        return tr("Request rejected by the gateway");
    case Kind::Business:
        return tr("IoT Platform reported an error");
    case Kind::Transport:
        break;
    }
    switch (transport) {
    case Transport::InvalidEndpoint:
        return tr("Endpoint refused");
    case Transport::MissingCredentials:
        return tr("No credentials");
    case Transport::Timeout:
        return tr("Request timed out");
    case Transport::ConnectionRefused:
        return tr("Connection refused");
    case Transport::ConnectionClosed:
        return tr("Connection closed unexpectedly");
    case Transport::HostNotFound:
        return tr("Host not found");
    case Transport::Tls:
        return tr("Secure connection failed");
    case Transport::Redirect:
        return tr("Redirect refused");
    case Transport::TooLarge:
        return tr("Response too large");
    case Transport::Malformed:
        return tr("Malformed response");
    case Transport::Canceled:
        return tr("Request canceled");
    case Transport::Proxy:
        return tr("Proxy error");
    case Transport::ProxyAuth:
        return tr("Proxy refused the credentials");
    case Transport::Network:
    case Transport::None:
        break;
    }
    return tr("Network error");
}

QString ApiError::hint() const
{
    if (clockSkewSecs) {
        // Measured from the Date header: say by how much first, then whatever else applies.
        ApiError plain = *this;
        plain.clockSkewSecs.reset();
        const QString rest = code.startsWith(u"InvalidTimeStamp")
                ? tr("The gateway refuses requests whose time differs from its own by more than 15 minutes. "
                     "Set this computer's clock automatically (network time) and try again.")
                : plain.hint();
        return rest.isEmpty() ? clockSkewText() : clockSkewText() + u' ' + rest;
    }
    switch (diagnosis) {
    case SignatureDiagnosis::SecretWrong:
        return tr("The server computed the same string to sign as OtaDash, so the AccessKey secret is wrong. "
                  "Check the secret of this profile.");
    case SignatureDiagnosis::RequestAltered:
        return tr("The server signed a different request than OtaDash sent: something between you and the "
                  "endpoint (a proxy or gateway) altered the request.");
    case SignatureDiagnosis::None:
        break;
    }
    if (kind == Kind::Gateway) {
        if (code.startsWith(u"InvalidAccessKeyId"))
            return tr("Check the AccessKeyId of this profile; an expired STS token gives the same error.");
        if (code.startsWith(u"InvalidTimeStamp"))
            return tr(
                    "Your computer's clock differs from the server's by more than 15 minutes. Set the clock "
                    "automatically and try again.");
        if (code == u"SignatureNonceUsed")
            return tr(
                    "The same request was sent twice. Send it again; every new request gets a fresh nonce.");
        if (code.startsWith(u"Throttling"))
            return tr("The account allows 10 requests per second, shared by all its RAM users. Wait a moment "
                      "and try again.");
        if (code.startsWith(u"Forbidden"))
            return tr("The RAM user lacks permission for this action (for example iot:QueryOTAJob).");
        if (code == u"MissingParameter")
            return tr("A required parameter was not sent.");
        // STS AssumeRole, for a RAM-role profile.
        if (code == u"NoPermission")
            return tr(
                    "This AccessKey may not assume the role: the role's trust policy must name its RAM user "
                    "(or account), the user needs the AliyunSTSAssumeRoleAccess policy, and where the trust "
                    "policy requires an external ID, the profile's must match it. An Alibaba Cloud account's "
                    "own AccessKey cannot assume roles.");
        if (code == u"EntityNotExist.Role" || code == u"InvalidParameter.RoleArn")
            return tr("No role has this RoleArn: copy it from the role's page in the RAM console "
                      "(acs:ram::<account ID>:role/<name>).");
        if (code == u"InvalidParameter.DurationSeconds")
            return tr(
                    "The session duration is longer than the role's maximum session duration (an hour unless "
                    "the role was given more) or shorter than 900 seconds: change the profile's duration.");
        if (code == u"InvalidParameter.RoleSessionName")
            return tr("The session name must have 2 to 64 letters, digits or . @ - _ characters.");
        if (code == u"InvalidParameter.PolicyGrammar")
            return tr("The profile's policy is not a valid RAM policy document.");
        if (httpStatus >= 500)
            return tr("The service had a problem. Try again later.");
        return {};
    }
    if (kind == Kind::Business) {
        if (code == u"iot.system.SystemException")
            return tr("A temporary problem on IoT Platform. Try again later.");
        if (isInstanceProblem()) {
            if (sentInstanceId && sentInstanceId->isEmpty())
                return tr(
                        "This account's IoT resources live in an enterprise instance: the profile needs its "
                        "instance ID (IotInstanceId, such as iot-cn-0pp1n8t****), which the IoT Platform "
                        "console shows on the instance's overview.");
            if (sentInstanceId)
                return tr("The instance ID %1 is not one of this account's instances in this region: copy it "
                          "from the instance's overview in the IoT Platform console, or clear it for the "
                          "public instance.")
                        .arg(*sentInstanceId);
            return tr("Check the IotInstanceId: instances with an ID require it, public instances must not "
                      "set it.");
        }
        if (code == u"iot.ota.FirmwareNotFound")
            return tr("Check the firmware ID and, for an instance with an ID, the IotInstanceId.");
        if (code.startsWith(u"iot.device."))
            return tr("Check the product key and device name (or the IotId) and, for an instance with an ID, "
                      "the IotInstanceId.");
        return tr("Check the batch ID and, for an instance with an ID, the IotInstanceId.");
    }
    switch (transport) {
    case Transport::Timeout:
        return tr("The server did not answer in time. Check the network or raise the timeout.");
    case Transport::Tls:
        return tr(
                "The server's certificate could not be verified. OtaDash never ignores certificate errors. "
                "If your company inspects TLS with its own certificate authority, add that CA as a PEM file "
                "in Preferences (Extra CA certificates) or with --ca-file.");
    case Transport::Redirect:
        return tr(
                "The endpoint answered with a redirect; OtaDash only talks to the endpoint you configured.");
    case Transport::TooLarge:
        return tr("The response exceeded the size limit and was discarded.");
    case Transport::ConnectionClosed:
        return tr("The connection broke before the answer was complete. Try again; if it keeps happening, "
                  "check proxies and firewalls between this computer and the endpoint.");
    case Transport::Malformed:
        return tr("The response could not be read; the endpoint may not be an IoT Platform API endpoint.");
    case Transport::HostNotFound:
        return tr("Check the region or the endpoint address and your network's DNS.");
    case Transport::InvalidEndpoint:
        return tr("Use https://, or http:// only for a server on this computer (loopback).");
    case Transport::MissingCredentials:
        return tr("Set an AccessKeyId and secret for this profile.");
    case Transport::Proxy:
        return tr("Check the proxy's host and port in Preferences ▸ Network (or --proxy, or HTTPS_PROXY for "
                  "the system setting), that the proxy is running and that it lets this computer reach the "
                  "endpoint.");
    case Transport::ProxyAuth:
        return tr(
                "The proxy asked for a user name and password (HTTP 407) and did not accept the ones given. "
                "Check them in Preferences ▸ Network, or in the --proxy URL.");
    default:
        return {};
    }
}

QString ApiError::clockSkewText() const
{
    if (!clockSkewSecs)
        return {};
    const qint64 minutes = (qAbs(*clockSkewSecs) + 30) / 60;
    const bool ahead = *clockSkewSecs > 0;
    if (minutes < 120) {
        const int n = int(minutes);
        return ahead ? tr("The server's clock is %Ln minutes ahead of this computer's.", "", n)
                     : tr("The server's clock is %Ln minutes behind this computer's.", "", n);
    }
    const int n = int((minutes + 30) / 60);
    return ahead ? tr("The server's clock is %Ln hours ahead of this computer's.", "", n)
                 : tr("The server's clock is %Ln hours behind this computer's.", "", n);
}

bool ApiError::isInstanceProblem() const
{
    return kind == Kind::Business
            && (code.contains(u"InstanceNotFound") || code == u"iot.common.InvalidTenant");
}

bool ApiError::isRetryable() const
{
    if (kind == Kind::Gateway)
        return code.startsWith(u"Throttling") || httpStatus >= 500;
    if (kind == Kind::Business)
        return code == u"iot.system.SystemException";
    return transport == Transport::Timeout || transport == Transport::ConnectionClosed;
}
