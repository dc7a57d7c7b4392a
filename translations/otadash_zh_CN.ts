<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliyunConfig</name>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="34"/>
        <source>assumes a RAM role starting from another profile at run time; import that source profile instead if it is an AccessKey</source>
        <translation>在运行时从另一个配置扮演 RAM 角色；如果源配置是 AccessKey，请改为导入源配置</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="39"/>
        <source>takes temporary credentials from the ECS instance metadata service; there is no secret to import</source>
        <translation>从 ECS 实例元数据服务获取临时凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="44"/>
        <source>deprecated mode that assumes a role from ECS credentials at run time</source>
        <translation>已弃用的模式，在运行时通过 ECS 凭据扮演角色</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="47"/>
        <source>deprecated mode that exchanges an RSA key pair for a session key at run time</source>
        <translation>已弃用的模式，在运行时用 RSA 密钥对换取会话密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="51"/>
        <source>runs an external program for credentials at run time; there is no secret to import</source>
        <translation>在运行时运行外部程序获取凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="55"/>
        <source>fetches credentials from a URI at run time; there is no secret to import</source>
        <translation>在运行时从 URI 获取凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="58"/>
        <source>exchanges an OIDC token for temporary credentials at run time</source>
        <translation>在运行时用 OIDC 令牌换取临时凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="61"/>
        <source>signs in through CloudSSO and receives short-lived credentials at run time</source>
        <translation>在运行时通过云 SSO 登录并获取短期凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="64"/>
        <source>signs in through OAuth and receives short-lived credentials at run time</source>
        <translation>在运行时通过 OAuth 登录并获取短期凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="67"/>
        <source>a bearer token is not an AccessKey and cannot sign IoT Platform requests</source>
        <translation>Bearer 令牌不是 AccessKey，无法为物联网平台请求签名</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="70"/>
        <source>holds no credentials</source>
        <translation>不含凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="71"/>
        <source>unknown mode &apos;%1&apos;</source>
        <translation>未知模式 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="82"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="89"/>
        <source>no &quot;profiles&quot; list: not an aliyun CLI configuration</source>
        <translation>没有 &quot;profiles&quot; 列表：不是 aliyun CLI 配置文件</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="129"/>
        <source>the AccessKey ID or secret is missing</source>
        <translation>缺少 AccessKey ID 或 Secret</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="132"/>
        <source>the STS token is missing</source>
        <translation>缺少 STS 令牌</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="137"/>
        <source>no region_id; set one with &apos;aliyun configure set --profile %1 --region &lt;region&gt;&apos; and import again</source>
        <translation>没有 region_id；请用 &apos;aliyun configure set --profile %1 --region &lt;region&gt;&apos; 设置后重新导入</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="144"/>
        <source>region_id &apos;%1&apos; is not a region ID</source>
        <translation>region_id &apos;%1&apos; 不是地域ID</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="156"/>
        <source>STS tokens expire; import again after &apos;aliyun&apos; has a new one</source>
        <translation>STS 令牌会过期；&apos;aliyun&apos; 获得新令牌后请重新导入</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="171"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="179"/>
        <source>%1 is too large for an aliyun CLI configuration</source>
        <translation>%1 过大，不像是 aliyun CLI 配置文件</translation>
    </message>
</context>
<context>
    <name>AliyunImport</name>
    <message>
        <location filename="../app/core/auth/AliyunImport.cpp" line="63"/>
        <source>aliyun %1</source>
        <translation>aliyun %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="25"/>
        <source>Signature rejected</source>
        <translation>签名被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="27"/>
        <source>AccessKey not accepted</source>
        <translation>AccessKey 未被接受</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="29"/>
        <source>Clock out of step with the server</source>
        <translation>本机时钟与服务器不一致</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="31"/>
        <source>Request replay rejected</source>
        <translation>重放的请求被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="33"/>
        <source>Request rate limit reached</source>
        <translation>已达到请求频率上限</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="35"/>
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="37"/>
        <source>Role cannot be assumed</source>
        <translation>无法扮演角色</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="39"/>
        <source>Role session refused</source>
        <translation>角色会话被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="41"/>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="42"/>
        <source>Request rejected by the gateway</source>
        <translation>网关拒绝了请求</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="44"/>
        <source>IoT Platform reported an error</source>
        <translation>物联网平台返回了错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="50"/>
        <source>Endpoint refused</source>
        <translation>接入点被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="52"/>
        <source>No credentials</source>
        <translation>没有凭据</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="54"/>
        <source>Request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="56"/>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="58"/>
        <source>Connection closed unexpectedly</source>
        <translation>连接意外关闭</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="60"/>
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="62"/>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="64"/>
        <source>Redirect refused</source>
        <translation>已拒绝重定向</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="66"/>
        <source>Response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="68"/>
        <source>Malformed response</source>
        <translation>响应格式错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="70"/>
        <source>Request canceled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="72"/>
        <source>Proxy error</source>
        <translation>代理错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="74"/>
        <source>Proxy refused the credentials</source>
        <translation>代理拒绝了凭据</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="79"/>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="89"/>
        <source>The gateway refuses requests whose time differs from its own by more than 15 minutes. Set this computer&apos;s clock automatically (network time) and try again.</source>
        <translation>网关拒绝时间与其相差超过 15 分钟的请求。请将本机时钟设为自动同步（网络时间）后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="96"/>
        <source>The server computed the same string to sign as OtaDash, so the AccessKey secret is wrong. Check the secret of this profile.</source>
        <translation>服务器计算的待签名字符串与 OtaDash 的相同，因此 AccessKey Secret 有误。请检查此配置的 Secret。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="99"/>
        <source>The server signed a different request than OtaDash sent: something between you and the endpoint (a proxy or gateway) altered the request.</source>
        <translation>服务器签名的请求与 OtaDash 发送的不同：您与接入点之间的某个环节（代理或网关）修改了请求。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="106"/>
        <source>Check the AccessKeyId of this profile; an expired STS token gives the same error.</source>
        <translation>请检查此配置的 AccessKeyId；STS 令牌过期也会导致同样的错误。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="108"/>
        <source>Your computer&apos;s clock differs from the server&apos;s by more than 15 minutes. Set the clock automatically and try again.</source>
        <translation>您计算机的时钟与服务器相差超过 15 分钟。请将时钟设为自动同步后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="112"/>
        <source>The same request was sent twice. Send it again; every new request gets a fresh nonce.</source>
        <translation>同一请求被发送了两次。请重新发送；每个新请求都会使用新的 nonce。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="115"/>
        <source>The account allows 10 requests per second, shared by all its RAM users. Wait a moment and try again.</source>
        <translation>该账号每秒最多 10 个请求，由其所有 RAM 用户共享。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="118"/>
        <source>The RAM user lacks permission for this action (for example iot:QueryOTAJob).</source>
        <translation>RAM 用户缺少此操作的权限（例如 iot:QueryOTAJob）。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="120"/>
        <source>A required parameter was not sent.</source>
        <translation>未发送必需的参数。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="123"/>
        <source>This AccessKey may not assume the role: the role&apos;s trust policy must name its RAM user (or account), the user needs the AliyunSTSAssumeRoleAccess policy, and where the trust policy requires an external ID, the profile&apos;s must match it. An Alibaba Cloud account&apos;s own AccessKey cannot assume roles.</source>
        <translation>此 AccessKey 不能扮演该角色：角色的信任策略必须包含其 RAM 用户（或账号），该用户需要 AliyunSTSAssumeRoleAccess 策略；若信任策略要求外部 ID，配置中的外部 ID 必须与之一致。阿里云账号本身的 AccessKey 不能扮演角色。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="129"/>
        <source>No role has this RoleArn: copy it from the role&apos;s page in the RAM console (acs:ram::&lt;account ID&gt;:role/&lt;name&gt;).</source>
        <translation>没有此 RoleArn 对应的角色：请从 RAM 控制台的角色页面复制（acs:ram::&lt;账号 ID&gt;:role/&lt;名称&gt;）。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="132"/>
        <source>The session duration is longer than the role&apos;s maximum session duration (an hour unless the role was given more) or shorter than 900 seconds: change the profile&apos;s duration.</source>
        <translation>会话有效期超过了角色的最大会话时间（未调整时为一小时），或短于 900 秒：请修改配置中的有效期。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="136"/>
        <source>The session name must have 2 to 64 letters, digits or . @ - _ characters.</source>
        <translation>会话名称须为 2 到 64 个字母、数字或 . @ - _ 字符。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="138"/>
        <source>The profile&apos;s policy is not a valid RAM policy document.</source>
        <translation>配置中的策略不是有效的 RAM 策略文档。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="140"/>
        <source>The service had a problem. Try again later.</source>
        <translation>服务出现问题，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="145"/>
        <source>A temporary problem on IoT Platform. Try again later.</source>
        <translation>物联网平台出现临时问题，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="148"/>
        <source>This account&apos;s IoT resources live in an enterprise instance: the profile needs its instance ID (IotInstanceId, such as iot-cn-0pp1n8t****), which the IoT Platform console shows on the instance&apos;s overview.</source>
        <translation>此账号的 IoT 资源位于企业版实例中：配置需要填写其实例 ID（IotInstanceId，例如 iot-cn-0pp1n8t****），可在物联网平台控制台的实例概览中找到。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="153"/>
        <source>The instance ID %1 is not one of this account&apos;s instances in this region: copy it from the instance&apos;s overview in the IoT Platform console, or clear it for the public instance.</source>
        <translation>实例 ID %1 不是此账号在该地域的实例：请从物联网平台控制台的实例概览中复制，公共实例则请清空。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="157"/>
        <source>Check the IotInstanceId: instances with an ID require it, public instances must not set it.</source>
        <translation>请检查 IotInstanceId：您购买的实例需传入，公共实例不传此参数。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="163"/>
        <source>Check the product key and device name (or the IotId) and, for an instance with an ID, the IotInstanceId.</source>
        <translation>请检查产品 Key 和设备名称（或 IotId）；对于有 ID 的实例，还请检查 IotInstanceId。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="165"/>
        <source>Check the batch ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>请检查升级批次ID，以及（对于您购买的实例）IotInstanceId。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="169"/>
        <source>The server did not answer in time. Check the network or raise the timeout.</source>
        <translation>服务器未在规定时间内响应。请检查网络或延长超时时间。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="171"/>
        <source>The server&apos;s certificate could not be verified. OtaDash never ignores certificate errors. If your company inspects TLS with its own certificate authority, add that CA as a PEM file in Preferences (Extra CA certificates) or with --ca-file.</source>
        <translation>无法验证服务器的证书。OtaDash 从不忽略证书错误。如果贵公司使用自己的证书颁发机构检查 TLS，请在首选项（额外的 CA 证书）中或通过 --ca-file 以 PEM 文件添加该 CA。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="176"/>
        <source>The endpoint answered with a redirect; OtaDash only talks to the endpoint you configured.</source>
        <translation>接入点返回了重定向；OtaDash 只与您配置的接入点通信。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="179"/>
        <source>The response exceeded the size limit and was discarded.</source>
        <translation>响应超过大小上限，已丢弃。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="181"/>
        <source>The connection broke before the answer was complete. Try again; if it keeps happening, check proxies and firewalls between this computer and the endpoint.</source>
        <translation>响应完成前连接已断开。请重试；如果反复出现，请检查本机与接入点之间的代理和防火墙。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="184"/>
        <source>The response could not be read; the endpoint may not be an IoT Platform API endpoint.</source>
        <translation>无法读取响应；该接入点可能不是物联网平台的 API 接入点。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="186"/>
        <source>Check the region or the endpoint address and your network&apos;s DNS.</source>
        <translation>请检查地域或接入点地址，以及网络的 DNS。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="188"/>
        <source>Use https://, or http:// only for a server on this computer (loopback).</source>
        <translation>请使用 https://；http:// 仅可用于本机上的服务器（环回地址）。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="190"/>
        <source>Set an AccessKeyId and secret for this profile.</source>
        <translation>请为此配置设置 AccessKeyId 和 Secret。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="192"/>
        <source>Check the proxy&apos;s host and port in Preferences ▸ Network (or --proxy, or HTTPS_PROXY for the system setting), that the proxy is running and that it lets this computer reach the endpoint.</source>
        <translation>请检查首选项 ▸ 网络（或 --proxy，系统设置时为 HTTPS_PROXY）中代理的主机和端口，确认代理正在运行并允许本机访问接入点。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="196"/>
        <source>The proxy asked for a user name and password (HTTP 407) and did not accept the ones given. Check them in Preferences ▸ Network, or in the --proxy URL.</source>
        <translation>代理要求用户名和密码（HTTP 407），但不接受所提供的凭据。请在首选项 ▸ 网络或 --proxy 的 URL 中检查。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="212"/>
        <source>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>服务器时钟比本机快 %Ln 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="213"/>
        <source>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</source>
        <translation>
            <numerusform>服务器时钟比本机慢 %Ln 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="216"/>
        <source>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>服务器时钟比本机快 %Ln 小时。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="217"/>
        <source>The server&apos;s clock is %Ln hours behind this computer&apos;s.</source>
        <translation>
            <numerusform>服务器时钟比本机慢 %Ln 小时。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="161"/>
        <source>Check the firmware ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>请检查固件ID，以及（对于您购买的实例）IotInstanceId。</translation>
    </message>
</context>
<context>
    <name>AssumeRoleResponse</name>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="25"/>
        <source>The STS answer is not JSON.</source>
        <translation>STS 的响应不是 JSON。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="27"/>
        <source>The STS answer is not a JSON object.</source>
        <translation>STS 的响应不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="36"/>
        <source>The STS answer lacks the AccessKeyId, AccessKeySecret or SecurityToken of its Credentials.</source>
        <translation>STS 响应的 Credentials 缺少 AccessKeyId、AccessKeySecret 或 SecurityToken。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="41"/>
        <source>The STS answer has no Expiration time that can be read.</source>
        <translation>STS 响应中没有可读取的 Expiration（过期时间）。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="15"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="19"/>
        <source>Cannot write the file: no file name was given.</source>
        <translation>无法写入文件：未指定文件名。</translation>
    </message>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="38"/>
        <source>the folder %1 could not be created</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="39"/>
        <source>Only the actions on this batch.</source>
        <translation>只显示对此批次的操作。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="39"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="41"/>
        <source>text (default): one line per call; json: an array of objects; csv: a header row, then one row per call.</source>
        <translation>text（默认）：每次调用一行；json：对象数组；csv：先是表头行，然后每次调用一行。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="45"/>
        <source>The history file to read (default: the dashboard&apos;s).</source>
        <translation>要读取的历史文件（默认：仪表板的历史文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="45"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="46"/>
        <source>Read the demo&apos;s audit log.</source>
        <translation>读取演示的审计日志。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="55"/>
        <source>Print the audit log: every write action sent from this computer (cancel, retry, confirm), one line per call with its RequestId and outcome, oldest first. Only the local history file is read: no network, no credentials.</source>
        <translation>打印审计日志：从这台计算机发送的每个写操作（取消、重试、确认），每次调用一行，附 RequestId 和结果，按时间从早到晚。只读取本地历史文件：不访问网络，不使用凭据。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="62"/>
        <source>Usage: otadash-cli audit [--job-id ID] [--output text|json|csv] [options]</source>
        <translation>用法：otadash-cli audit [--job-id ID] [--output text|json|csv] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="72"/>
        <source>--output must be text, json or csv</source>
        <translation>--output 必须为 text、json 或 csv</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="74"/>
        <source>--demo cannot be combined with --history-db</source>
        <translation>--demo 不能与 --history-db 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="79"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db 需要文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="126"/>
        <source>No write action was sent from this computer.</source>
        <translation>这台计算机没有发送过写操作。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="127"/>
        <source>No write action on batch %1 was sent from this computer.</source>
        <translation>这台计算机没有对批次 %1 发送过写操作。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AuditCommand.cpp" line="134"/>
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>%Ln 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="136"/>
        <source>profile %1 (%2), RequestId %3</source>
        <translation>配置 %1（%2），RequestId %3</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="130"/>
        <source>The history is off or cannot be opened (Preferences ▸ History): write actions sent meanwhile are not logged, and no log can be shown.</source>
        <translation>历史记录已关闭或无法打开（首选项 ▸ 历史记录）：期间发送的写操作不会被记录，也无法显示日志。</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="134"/>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="136"/>
        <source>No write action was sent from this computer.</source>
        <translation>这台计算机未发送过任何写操作。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="138"/>
        <source>%1 of %Ln call(s) shown. Each row is one call: select it to see its targets.</source>
        <translation>
            <numerusform>显示 %Ln 次调用中的 %1 次。每行是一次调用：选中即可查看其对象。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="152"/>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="157"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="160"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="165"/>
        <source>Saved %Ln call(s) to %1.</source>
        <translation>
            <numerusform>已将 %Ln 次调用保存到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="178"/>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="179"/>
        <source>&amp;Filter:</source>
        <translation>筛选(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="180"/>
        <source>Batch ID, device, TaskId, Request ID, profile…</source>
        <translation>升级批次ID、设备、TaskId、请求ID、配置…</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="184"/>
        <source>All outcomes</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="189"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="190"/>
        <source>Write actions sent</source>
        <translation>已发送的写操作</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="191"/>
        <source>&amp;Targets of the selected call:</source>
        <translation>所选调用的对象(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="192"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="193"/>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="45"/>
        <source>Upgrade again</source>
        <translation>重新升级</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="47"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="49"/>
        <source>Cancel device tasks</source>
        <translation>取消设备任务</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="51"/>
        <source>Cancel batch tasks</source>
        <translation>取消批次任务</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="53"/>
        <source>Stop dynamic batch</source>
        <translation>停止动态升级</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="61"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="63"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="67"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="121"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="125"/>
        <source>No readable answer came after it was sent: the gateway may have acted. It was not sent again.</source>
        <translation>发送后没有收到可读的应答：网关可能已执行。未再次发送。</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="143"/>
        <source>Sent at (%1)</source>
        <translation>发送时间（%1）</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="145"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="147"/>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="149"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="151"/>
        <source>Batch ID</source>
        <translation>升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="153"/>
        <source>Tasks or devices</source>
        <translation>任务或设备</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="155"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="157"/>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="159"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <location filename="../ui/BatchActions.cpp" line="95"/>
        <source>Profile %1 is read-only: it may only query. Turn on File &gt; Allow Write Actions in the Demo to cancel tasks of the simulated batches.</source>
        <translation>配置 %1 为只读：只能查询。要取消模拟批次的任务，请打开 文件 &gt; 在演示中允许写操作。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="99"/>
        <source>Profile %1 is read-only: it may only query. Clear “Read-only” in File &gt; Profiles… to cancel tasks with it.</source>
        <translation>配置 %1 为只读，仅可查询。要使用它取消任务，请在“文件 &gt; 配置…”中取消勾选“只读”。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="103"/>
        <source>Query a batch first: canceling acts on the batch shown.</source>
        <translation>请先查询升级批次：取消操作针对当前显示的升级批次。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="105"/>
        <location filename="../ui/BatchActions.cpp" line="182"/>
        <source>Batch %1 was read with profile %2: query it again with the profile in use.</source>
        <translation>升级批次 %1 是用配置 %2 读取的：请用当前使用的配置重新查询。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="109"/>
        <source>Cancel device tasks of batch %1; asks for its batch ID first.</source>
        <translation>取消升级批次 %1 的设备任务；会先要求输入其升级批次 ID。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="117"/>
        <source>Ask the devices of batch %1&apos;s succeeded tasks which version they report.</source>
        <translation>询问升级批次 %1 中成功任务的设备当前上报的版本。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="118"/>
        <source>Query a batch first: the check is of the batch shown.</source>
        <translation>请先查询升级批次：检查针对显示的批次。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="181"/>
        <source>Query the Batch Again</source>
        <translation>请重新查询批次</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="283"/>
        <source>&amp;Cancel batch tasks…</source>
        <translation>取消升级批次任务(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="284"/>
        <source>Co&amp;mpare with…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="285"/>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="286"/>
        <source>&amp;Verify Success…</source>
        <translation>验证成功(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="287"/>
        <source>Every write action sent from this computer, with its Request ID and outcome</source>
        <translation>这台计算机发送的每个写操作，附请求ID和结果</translation>
    </message>
</context>
<context>
    <name>BatchCompareModel</name>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="162"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="165"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="190"/>
        <source>added: %1</source>
        <comment>items only the right batch has</comment>
        <translation>新增：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="192"/>
        <source>removed: %1</source>
        <comment>items only the left batch has</comment>
        <translation>移除：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="204"/>
        <source>%1 (%2)</source>
        <comment>batch header: package name, then JobId</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="266"/>
        <source>%1 (%2)</source>
        <comment>set value, then what was added and removed</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="287"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="289"/>
        <source>Left batch</source>
        <translation>左侧升级批次</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="291"/>
        <source>Right batch</source>
        <translation>右侧升级批次</translation>
    </message>
</context>
<context>
    <name>BatchLink</name>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="39"/>
        <source>The link carries a credential (%1), which OtaDash links never do. Do not pass it on, and replace that key if it is a real one.</source>
        <translation>该链接带有凭据（%1），OtaDash 链接从不带凭据。请不要转发它；如果是真实的密钥，请更换。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="49"/>
        <location filename="../app/core/util/BatchLink.cpp" line="169"/>
        <source>The link names no batch: the JobId is missing after otadash://batch/.</source>
        <translation>该链接未指定升级批次：otadash://batch/ 之后缺少 JobId。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="52"/>
        <source>The JobId has %1 characters; a batch ID has at most %2.</source>
        <translation>JobId 有 %1 个字符；升级批次ID最多 %2 个。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="57"/>
        <source>&apos;%1&apos; is not a batch ID: a JobId has letters and digits only.</source>
        <translation>“%1”不是升级批次ID：JobId 只含字母和数字。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="59"/>
        <source>an AccessKeyId in place of the JobId</source>
        <translation>JobId 位置上的 AccessKeyId</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="67"/>
        <source>The profile name has %1 characters; a profile name has at most %2.</source>
        <translation>配置名称有 %1 个字符；配置名称最多 %2 个。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="72"/>
        <source>The profile name contains control characters.</source>
        <translation>配置名称含有控制字符。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="74"/>
        <source>an AccessKeyId in place of the profile name</source>
        <translation>配置名称位置上的 AccessKeyId</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="115"/>
        <source>The link is empty.</source>
        <translation>链接为空。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="119"/>
        <source>The link is too long (%1 characters) to be an OtaDash link.</source>
        <translation>链接太长（%1 个字符），不是 OtaDash 链接。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="124"/>
        <source>The link is not a valid URL.</source>
        <translation>链接不是有效的 URL。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="128"/>
        <source>Not an OtaDash link: it must start with otadash://batch/.</source>
        <translation>不是 OtaDash 链接：必须以 otadash://batch/ 开头。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="133"/>
        <source>a user name or password before the host</source>
        <translation>主机前的用户名或密码</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="148"/>
        <source>Unknown kind of link &apos;%1&apos;: OtaDash links are otadash://batch/&lt;JobId&gt;.</source>
        <translation>未知的链接类型“%1”：OtaDash 链接为 otadash://batch/&lt;JobId&gt;。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="153"/>
        <source>The link has a port (:%1); OtaDash links have none.</source>
        <translation>链接带有端口（:%1）；OtaDash 链接没有端口。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="157"/>
        <source>The link has a part after &apos;#&apos;; OtaDash links have none.</source>
        <translation>链接在“#”之后还有内容；OtaDash 链接没有这部分。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="170"/>
        <source>The link has more after the JobId; an OtaDash link ends with it.</source>
        <translation>链接在 JobId 之后还有内容；OtaDash 链接以 JobId 结尾。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="183"/>
        <source>The link has an unknown part &apos;%1&apos;; besides the JobId an OtaDash link has only profile.</source>
        <translation>链接有未知部分“%1”；除 JobId 外，OtaDash 链接只有 profile。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="189"/>
        <source>The link names the profile more than once.</source>
        <translation>链接多次指定了配置。</translation>
    </message>
</context>
<context>
    <name>BatchLint</name>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="61"/>
        <source>Scheduled end before the start</source>
        <translation>定时结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="62"/>
        <source>The scheduled end time is not after the start time, so the batch has no time to push the update to any device. Set a scheduled end time after the start.</source>
        <translation>定时升级结束时间不晚于开始时间，该升级批次没有时间向任何设备推送升级。请将定时升级结束时间设置在开始时间之后。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="89"/>
        <source>Push rate too low for the schedule</source>
        <translation>推送速率不足以在定时窗口内完成</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="90"/>
        <source>At %1 devices per minute, pushing the update to %2 devices takes %3 minutes, but the schedule window is only %4 minutes long. Devices not reached by the scheduled end are left out. Raise the maximum devices per minute, or set a later scheduled end time.</source>
        <translation>按每分钟 %1 个设备计算，向 %2 个设备推送升级需要 %3 分钟，但定时窗口只有 %4 分钟。到定时升级结束时间仍未推送到的设备将不会升级。请提高每分钟最多推送设备数，或将定时升级结束时间推迟。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="112"/>
        <source>Gray rollout without retries</source>
        <translation>灰度升级未设置重试</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="113"/>
        <source>This phased (gray) update has no automatic retries: a device whose update fails once, for example over a dropped connection, stays failed. Passing failures then look like a bad package and can stop the rollout of a good one. Set a retry count and interval (for example 2 retries after 10 minutes) when you create the batch.</source>
        <translation>该灰度升级没有自动重试：设备升级失败一次（例如连接中断）后将一直处于失败状态。临时性失败会被误认为升级包有问题，从而可能中止一个正常升级包的发布。请在创建升级批次时设置自动重试次数和时间间隔（例如 10 分钟后重试 2 次）。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="130"/>
        <source>Overwrite combined with app confirmation</source>
        <translation>覆盖升级任务且需 App 确认</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="131"/>
        <source>This batch overwrites each device&apos;s earlier pending update task (overwrite mode 2) and also waits for confirmation in your mobile app. The earlier task is dropped as soon as this batch reaches the device, but the new one does not start until someone confirms it, so devices can be left with no update under way. Either keep earlier tasks or do not require confirmation.</source>
        <translation>该升级批次会覆盖每个设备之前待执行的升级任务（覆盖模式 2），同时还需要在 App 中确认。之前的任务在该批次到达设备时即被丢弃，而新任务要等有人确认后才会开始，因此设备可能处于没有任何升级在执行的状态。请选择不覆盖之前的升级任务，或不要求确认。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="159"/>
        <source>Failed devices run other source versions</source>
        <translation>失败设备运行的是其他源版本</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="160"/>
        <source>Failed tasks of this batch report source versions that are not among the batch&apos;s source versions: %1. The package may not apply to them (a differential package only fits the version it was built from). Include these versions in a new batch&apos;s source versions, or give those devices a package built for them.</source>
        <translation>该升级批次的失败任务上报的源版本不在批次的待升级版本号中：%1。升级包可能不适用于这些版本（差分包只适用于其制作时所基于的版本）。请在新升级批次的待升级版本号中包含这些版本，或为这些设备提供专门制作的升级包。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="179"/>
        <source>Short update timeout</source>
        <translation>升级超时时间过短</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/lint/BatchLint.cpp" line="180"/>
        <source>Devices have %n minute(s) to download, install and report the new version before their update counts as failed. Slow or mobile links and large packages often need longer, so devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API allows 1 to %2); set a longer timeout, such as 30 minutes or more.</source>
        <translation>
            <numerusform>设备需在 %n 分钟内完成新版本的下载、安装和上报，否则升级即判定为失败。低速或移动网络以及较大的升级包通常需要更长时间，仍在升级中的设备会因此失败。OtaDash 会提示短于 %1 分钟的超时时间（API 允许 1～%2 分钟）；请设置更长的超时时间，例如 30 分钟或以上。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="203"/>
        <source>Dynamic batch without an end time</source>
        <translation>动态升级批次未设置结束时间</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="204"/>
        <source>This dynamic batch has no scheduled end time, so it keeps pushing this package to every device that matches it until it is canceled, also months from now when newer firmware may have replaced it. Set a scheduled end time, or cancel the dynamic update policy once the rollout is done.</source>
        <translation>该动态升级批次没有定时升级结束时间，因此在被取消之前会一直向所有满足条件的设备推送此升级包，即使数月后已有更新的固件也是如此。请设置定时升级结束时间，或在发布完成后取消动态升级策略。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="228"/>
        <source>Firmware failed verification</source>
        <translation>固件验证失败</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="229"/>
        <source>The package of this batch (%1) failed its verification on test devices, and this batch upgrades devices with it. Cancel the batch, or find out why the verification failed before more devices receive it.</source>
        <translation>此升级批次的升级包（%1）在测试设备上验证失败，而此批次正用它升级设备。请取消该批次，或在更多设备收到它之前查明验证失败的原因。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="240"/>
        <source>Firmware not verified</source>
        <translation>固件未验证</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="241"/>
        <source>Firmware still being verified</source>
        <translation>固件正在验证</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="242"/>
        <source>The package of this batch (%1) has not passed a verification on test devices, and this batch upgrades devices with it. A package that does not boot is better found on a few devices: verify it first (a verification batch), then upgrade.</source>
        <translation>此升级批次的升级包（%1）尚未通过测试设备上的验证，而此批次正用它升级设备。无法启动的升级包最好在少数设备上发现：请先验证（验证批次），再升级。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="276"/>
        <source>Critical</source>
        <comment>lint severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="278"/>
        <source>Warning</source>
        <comment>lint severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="280"/>
        <source>Info</source>
        <comment>lint severity</comment>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../ui/BatchPage.ui" line="32"/>
        <source>How often the batch is read again while it runs</source>
        <translation>批次进行中时重新读取的间隔</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="38"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="40"/>
        <source>Stop reading the batch again by itself until you resume</source>
        <translation>在恢复之前停止自动重新读取批次</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="47"/>
        <source>Views of the batch</source>
        <translation>升级批次的视图</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="54"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="57"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="66"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="46"/>
        <source>Read at %1.</source>
        <translation>读取于 %1。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="57"/>
        <source>Package %1 could not be read again (%2): as read before.</source>
        <translation>无法再次读取升级包 %1（%2）：显示的是之前读取的内容。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="59"/>
        <source>Package %1 could not be read: %2</source>
        <translation>无法读取升级包 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="224"/>
        <source>The package is read when the batch is queried.</source>
        <translation>查询升级批次时读取升级包。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="237"/>
        <source>The batch names no package (FirmwareId was not returned).</source>
        <translation>该升级批次没有指明升级包（未返回 FirmwareId）。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="242"/>
        <source>Reading package %1…</source>
        <translation>正在读取升级包 %1…</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="326"/>
        <source>Batch read at %1 · %2</source>
        <translation>批次读取于 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="334"/>
        <source>older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>早于 %Ln 秒的刷新间隔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="340"/>
        <source>%1, counted at %2</source>
        <translation>%1（统计于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="424"/>
        <source>Live reading paused</source>
        <translation>自动读取已暂停</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="426"/>
        <source>Reading again…</source>
        <translation>正在重新读取…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="429"/>
        <source>Live: next read in %Ln s</source>
        <translation>
            <numerusform>自动刷新：%Ln 秒后再次读取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="433"/>
        <source>The batch has ended: it is not read again by itself.</source>
        <translation>批次已结束，不再自动重新读取。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln s</source>
        <translation>
            <numerusform>每 %Ln 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln min</source>
        <translation>
            <numerusform>每 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="462"/>
        <source>Showing %1 as of %2; it could not be read again: %3</source>
        <translation>显示的是 %1 在 %2 时的状态；无法重新读取：%3</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="464"/>
        <source>Showing %1 as of %2; %3 could not be read: %4</source>
        <translation>显示的是 %1 在 %2 时的状态；无法读取 %3：%4</translation>
    </message>
</context>
<context>
    <name>BatchProgressView</name>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="22"/>
        <source>Devices finished (succeeded, failed or canceled) per minute over the count rounds of the last ten minutes in this session, capped by the batch&apos;s maximum per minute</source>
        <translation>根据本次会话最近 10 分钟的统计，每分钟结束（成功、失败或取消）的设备数，上限为该升级批次的每分钟最大数</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="29"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="30"/>
        <source>Count the tasks of each status again, and read the failure reasons and the unfinished rows shown again</source>
        <translation>重新统计各状态的任务数，并重新读取失败原因和显示中未完成的行</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="36"/>
        <source>Devices notified or in progress with no change for longer than the timeout: show them</source>
        <translation>显示已推送或升级中、且超过超时时间仍无变化的设备</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="56"/>
        <location filename="../ui/BatchProgressView.ui" line="61"/>
        <source>Top failure reasons</source>
        <translation>主要失败原因</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="77"/>
        <source>Rea&amp;d all</source>
        <translation>全部读取(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="104"/>
        <source>Device na&amp;me:</source>
        <translation>设备名称(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="118"/>
        <source>Fe&amp;tch all</source>
        <translation>全部获取(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="149"/>
        <source>Device tasks</source>
        <translation>设备任务</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="175"/>
        <source>Tr&amp;y again</source>
        <translation>重试(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="78"/>
        <source>Read every failed task, not only the first 2,000, and count their reasons</source>
        <translation>读取所有失败的任务（而不只是前 2,000 个），并统计其原因</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="92"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="111"/>
        <source>Part of a name, or a pasted list of names</source>
        <translation>名称的一部分，或粘贴的名称列表</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="112"/>
        <source>Part of a name filters the tasks loaded. A whole name that is not loaded yet is looked up on the server (at once with Enter). Paste several names (one per line, separated by commas, or a CSV file&apos;s text with a DeviceName column) to show exactly those devices.</source>
        <translation>输入名称的一部分可筛选已加载的任务。尚未加载的完整名称会在服务器上查找（按 Enter 立即查找）。粘贴多个名称（每行一个、以逗号分隔，或含 DeviceName 列的 CSV 文本）可只显示这些设备。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="119"/>
        <source>Load every task of the statuses shown, not only the pages scrolled to</source>
        <translation>加载所显示状态的全部任务，而不仅是已滚动到的页</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="130"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="131"/>
        <source>Stop fetching; the tasks loaded so far stay</source>
        <translation>停止获取；已加载的任务会保留</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="190"/>
        <source>Read a&amp;gain</source>
        <translation>重新读取(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="191"/>
        <source>Walk every page of the statuses shown again; rows already loaded take what is read</source>
        <translation>重新读取所显示状态的每一页；已加载的行将更新为读取到的内容</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="430"/>
        <source>Counting the tasks of each status…</source>
        <translation>正在统计各状态的任务数…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="432"/>
        <source>The tasks could not be counted: %1 — %2</source>
        <translation>无法统计任务数：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="438"/>
        <source>Counted at %1 · counting again…</source>
        <translation>统计于 %1 · 正在重新统计…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="439"/>
        <source>Counted at %1 · %2</source>
        <translation>统计于 %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="551"/>
        <source>Fetched %1 of %2 tasks</source>
        <translation>已获取 %1 / %2 个任务</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="554"/>
        <source>Fetched %1 tasks</source>
        <translation>已获取 %1 个任务</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="628"/>
        <source>%1 of %Ln task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %1 / %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="632"/>
        <source>%Ln task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="634"/>
        <source>%Ln shown.</source>
        <comment>rows that pass the filter</comment>
        <translation>
            <numerusform>显示 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="636"/>
        <source>Fetching was stopped; the tasks loaded so far stay.</source>
        <translation>已停止获取；已加载的任务会保留。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="645"/>
        <source>%Ln task(s) were not seen: they changed status while the pages were read. Read again to look for them.</source>
        <translation>
            <numerusform>有 %Ln 个任务未读到：它们在分页读取期间改变了状态。可重新读取以查找。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="650"/>
        <source>Unfinished rows read again at %1 (%Ln changed) · %2.</source>
        <translation>
            <numerusform>未完成的行已于 %1 重新读取（%Ln 行有变化）· %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="655"/>
        <source>%Ln unfinished row(s) wait for the next round.</source>
        <translation>
            <numerusform>%Ln 个未完成的行将在下一轮读取。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="659"/>
        <source>No more matches in the pages read; Fetch all searches every task.</source>
        <translation>已读取的页中没有更多匹配的任务；使用“全部获取”可搜索全部任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="669"/>
        <source>%Ln task(s) are beyond the API&apos;s window of %1 rows per status and cannot be listed.</source>
        <translation>
            <numerusform>有 %Ln 个任务超出了 API 每个状态最多返回 %1 行的范围，无法列出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="678"/>
        <source>Loading tasks failed: %1 — %2</source>
        <translation>加载任务失败：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="679"/>
        <source>The tasks loaded so far stay.</source>
        <translation>已加载的任务会保留。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="682"/>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="758"/>
        <source>%1 and %Ln more</source>
        <comment>names, then how many are not shown</comment>
        <translation>
            <numerusform>%1 等另外 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="762"/>
        <source>Left out, not device names: %1 (a device name has 4 to 32 letters, digits and - _ . @ :).</source>
        <translation>以下不是设备名称，已忽略：%1（设备名称为 4 到 32 个英文字母、数字或 - _ . @ : 字符）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="766"/>
        <source>Looking up %Ln device(s) on the server…</source>
        <translation>
            <numerusform>正在服务器上查找 %Ln 个设备…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="768"/>
        <source>Looking up the devices failed: %1 — %2</source>
        <translation>查找设备失败：%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="770"/>
        <source>The rows loaded stay.</source>
        <translation>已加载的行保持不变。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="787"/>
        <source>%1 of %Ln listed device(s) are in this batch.</source>
        <translation>
            <numerusform>列表中的 %Ln 个设备有 %1 个在此批次中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="790"/>
        <source>Not in it: %1.</source>
        <translation>不在此批次中：%1。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="793"/>
        <source>Looked up on the server at %1.</source>
        <translation>于 %1 在服务器上查找。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="800"/>
        <source>No device named “%1” in this batch (looked up on the server at %2).</source>
        <translation>此批次中没有名为“%1”的设备（于 %2 在服务器上查找）。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="803"/>
        <source>No device is named “%1” exactly (looked up on the server at %2); the rows shown contain it, among the tasks loaded. Fetch all searches every task.</source>
        <translation>没有名称与“%1”完全一致的设备（于 %2 在服务器上查找）；显示的行是已加载任务中名称包含该文字的行。使用“全部获取”可搜索全部任务。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="868"/>
        <source>Reading the failed tasks…</source>
        <translation>正在读取失败的任务…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="872"/>
        <source>Counted from %1 of %Ln failed task(s)</source>
        <translation>
            <numerusform>基于 %Ln 个失败任务中的 %1 个统计</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="875"/>
        <source>Counted from all %Ln failed task(s)</source>
        <translation>
            <numerusform>基于全部 %Ln 个失败任务统计</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="877"/>
        <source>read at %1</source>
        <translation>读取于 %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="880"/>
        <source>(still %1 at %2)</source>
        <translation>（%2 时仍为 %1 个）</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="888"/>
        <source>The counts now say %1 failed; Refresh reads them again.</source>
        <translation>当前统计显示失败 %1 个；点击“刷新”重新读取。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="894"/>
        <source>The counts above, read just before, say %1 failed.</source>
        <translation>上方的任务数在此之前读取，当时失败 %1 个。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="899"/>
        <source>No task had failed at %1.</source>
        <translation>截至 %1 没有失败的任务。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="904"/>
        <source>.</source>
        <comment>the end of a sentence</comment>
        <translation>。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="944"/>
        <source>⚠ %Ln stuck</source>
        <comment>devices with no change past the timeout</comment>
        <translation>
            <numerusform>⚠ 卡住 %Ln 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="945"/>
        <source>%Ln device(s) notified or in progress with no change for longer than the timeout (the task&apos;s, else the batch&apos;s TimeoutInMinutes). Click to show them.</source>
        <translation>
            <numerusform>有 %Ln 个设备处于已推送或升级中，且超过超时时间（任务自身的，否则为批次的 TimeoutInMinutes）仍无变化。点击显示这些设备。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="950"/>
        <source>Counted from %1 of the %2 tasks in flight.</source>
        <translation>基于 %2 个进行中任务中的 %1 个统计。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="988"/>
        <source>Reason: %1  ✕</source>
        <translation>原因：%1  ✕</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="991"/>
        <source>Showing the devices that failed with: %1
Click to show every reason.</source>
        <translation>正在显示因以下原因失败的设备：%1
点击显示所有原因。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1004"/>
        <source>%1, older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>%1，早于 %Ln 秒的刷新间隔</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1067"/>
        <source>Stuck (no change past the timeout)</source>
        <translation>卡住（超过超时时间仍无变化）</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1131"/>
        <source>Show &amp;Device…</source>
        <translation>显示设备(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1134"/>
        <source>&amp;Upgrade %Ln Selected Device(s) Again…</source>
        <translation>
            <numerusform>重新升级所选的 %Ln 台设备(&amp;U)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1137"/>
        <source>&amp;Confirm %Ln Selected Task(s)…</source>
        <translation>
            <numerusform>确认所选的 %Ln 个任务(&amp;C)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1141"/>
        <source>Ca&amp;ncel %Ln Selected Device(s)…</source>
        <translation>
            <numerusform>取消所选的 %Ln 台设备(&amp;N)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1149"/>
        <source>Upgrade &amp;All %Ln Failed Device(s) Again…</source>
        <translation>
            <numerusform>重新升级全部 %Ln 台失败设备(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1152"/>
        <source>Read all failed tasks first (Failure reasons ▸ Read all).</source>
        <translation>请先读取全部失败任务（失败原因 ▸ 全部读取）。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1154"/>
        <source>&amp;Verify Success…</source>
        <translation>验证成功(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1063"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>BatchTimeline</name>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="106"/>
        <source>starts %1</source>
        <translation>计划于 %1 开始</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="107"/>
        <source>started %1</source>
        <translation>于 %1 开始</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="112"/>
        <source>ended %1</source>
        <translation>于 %1 结束</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="115"/>
        <source>finishes about %1 (estimate)</source>
        <translation>预计约 %1 完成</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="118"/>
        <source>scheduled to finish %1</source>
        <translation>计划于 %1 结束</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="121"/>
        <source>end not known yet</source>
        <translation>结束时间尚不可知</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="124"/>
        <source>%1, %2: %3.</source>
        <translation>%1，%2：%3。</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="131"/>
        <source>Overlaps %1 of the same product.</source>
        <translation>与同一产品的 %1 重叠。</translation>
    </message>
</context>
<context>
    <name>BatchTimelineView</name>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="40"/>
        <location filename="../ui/BatchTimelineView.cpp" line="408"/>
        <source>Timeline of the watched batches</source>
        <translation>关注批次的时间线</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="223"/>
        <source>· %1 (Esc hides)</source>
        <translation>· %1（按 Esc 隐藏）</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="245"/>
        <source>overlaps</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="284"/>
        <source>Batches on the watch list are drawn here once they are read.</source>
        <translation>关注列表中的批次读取后显示在这里。</translation>
    </message>
</context>
<context>
    <name>CaCertificates</name>
    <message>
        <location filename="../app/core/net/CaCertificates.cpp" line="22"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/net/CaCertificates.cpp" line="29"/>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>CA 文件 %1 中没有 PEM 证书（-----BEGIN CERTIFICATE-----）。</translation>
    </message>
</context>
<context>
    <name>CancelBatchDialog</name>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="6"/>
        <source>Cancel batch tasks</source>
        <translation>取消升级批次任务</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="12"/>
        <source>This cannot be undone. Canceled device tasks stop and are not upgraded; to upgrade those devices later, a new batch is needed.</source>
        <translation>此操作无法撤销。已取消的设备任务将停止且不会升级；之后要升级这些设备，需要新建升级批次。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="23"/>
        <source>Cancel the device tasks that are</source>
        <translation>取消以下状态的设备任务</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="25"/>
        <source>&amp;Scheduled: the batch has not started yet</source>
        <translation>定时(&amp;S)：升级批次尚未开始</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="27"/>
        <source>&amp;Queued: waiting to be pushed (QUEUED)</source>
        <translation>待推送(&amp;Q)（QUEUED）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="29"/>
        <source>&amp;Notified: pushed, not started (NOTIFIED)</source>
        <translation>已推送(&amp;N)：尚未开始（NOTIFIED）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="31"/>
        <source>&amp;In progress: upgrading (IN_PROGRESS)</source>
        <translation>升级中(&amp;I)（IN_PROGRESS）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="33"/>
        <source>&amp;Unconfirmed: waiting for confirmation (CONFIRM)</source>
        <translation>待确认(&amp;U)（CONFIRM）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="41"/>
        <source>Stop the &amp;dynamic upgrade policy (CancelOTAStrategyByJob)</source>
        <translation>停止动态升级策略(&amp;D)（CancelOTAStrategyByJob）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="42"/>
        <source>No more devices join this dynamic batch; its existing tasks stay as they are unless chosen above.</source>
        <translation>此动态升级批次将不再加入新设备；除非在上方选中，现有任务保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="54"/>
        <source>Batch ID to confirm</source>
        <translation>用于确认的升级批次 ID</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="143"/>
        <source>The dynamic upgrade policy was not stopped.</source>
        <translation>动态升级策略未停止。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="176"/>
        <source>The dynamic upgrade policy was stopped, but the device tasks were not canceled.</source>
        <translation>动态升级策略已停止，但设备任务未取消。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="177"/>
        <source>The device tasks were not canceled.</source>
        <translation>设备任务未取消。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="202"/>
        <source>Code: %1</source>
        <translation>代码：%1</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="204"/>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="227"/>
        <source>Done: the dynamic upgrade policy was stopped and the chosen device tasks were canceled.</source>
        <translation>完成：已停止动态升级策略，并已取消所选设备任务。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="230"/>
        <source>Done: the dynamic upgrade policy was stopped.</source>
        <translation>完成：已停止动态升级策略。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="231"/>
        <source>Done: the chosen device tasks were canceled.</source>
        <translation>完成：已取消所选设备任务。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="243"/>
        <source>Batch: %1 (JobId %2)</source>
        <translation>升级批次：%1（JobId %2）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="246"/>
        <source>To confirm, type the batch ID &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>请输入升级批次 ID &lt;b&gt;%1&lt;/b&gt; 以确认：</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="248"/>
        <source>Batch ID (JobId)</source>
        <translation>升级批次 ID（JobId）</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="249"/>
        <source>Cancel &amp;now</source>
        <translation>立即取消(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="256"/>
        <source>not counted</source>
        <translation>未统计</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="266"/>
        <source>Device tasks in this status, as counted at %1.</source>
        <translation>处于此状态的设备任务数（统计于 %1）。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="268"/>
        <source>Open the Devices tab to count the tasks per status.</source>
        <translation>打开“设备”选项卡以按状态统计任务数。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="209"/>
        <source>The outcome is unknown: the gateway may have acted. Look at the task counts before sending again.</source>
        <translation>结果未知：网关可能已执行该操作。再次发送前请先查看任务数量。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../ui/CompareDialog.ui" line="6"/>
        <source>Compare batches</source>
        <translation>比较升级批次</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="12"/>
        <source>&amp;Left batch (JobId):</source>
        <translation>左侧升级批次 (JobId)(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="18"/>
        <location filename="../ui/CompareDialog.ui" line="36"/>
        <source>e.g. HvKuBpuk3rdk6E92CP****0200</source>
        <translation>例如：HvKuBpuk3rdk6E92CP****0200</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="24"/>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="30"/>
        <source>&amp;Right batch (JobId):</source>
        <translation>右侧升级批次 (JobId)(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="63"/>
        <source>Show only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="70"/>
        <source>Fields of the two batches</source>
        <translation>两个升级批次的字段</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="139"/>
        <source>Enter both batch IDs (JobId) to compare.</source>
        <translation>请输入要比较的两个升级批次 ID（JobId）。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="146"/>
        <source>The connection is not usable yet: choose a profile, or a region or endpoint and credentials, in the main window.</source>
        <translation>连接尚不可用：请在主窗口中选择配置，或指定地域或接入点以及凭据。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="190"/>
        <source>Batch %1 could not be read: %2 — %3</source>
        <translation>无法读取升级批次 %1：%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="195"/>
        <source>The batches could not be read.</source>
        <translation>无法读取升级批次。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="196"/>
        <source>The comparison shown before stays.</source>
        <translation>之前的比较结果保持显示。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="232"/>
        <source>Reading both batches…</source>
        <translation>正在读取两个升级批次…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CompareDialog.cpp" line="234"/>
        <source>%1 of %n field(s) differ</source>
        <translation>
            <numerusform>%n 个字段中有 %1 个不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="87"/>
        <source>unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN</source>
        <translation>--lang 不支持语言 &apos;%1&apos;；请使用 en、ja 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="97"/>
        <source>The IotInstanceId (required for instances that have an ID).</source>
        <translation>IotInstanceId（您购买的实例需传入）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="97"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="100"/>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="103"/>
        <location filename="../app/cli/ConnectionOptions.cpp" line="121"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="109"/>
        <source>Seconds to wait for each response, per attempt (default 15).</source>
        <translation>每次尝试等待响应的秒数（默认 15）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="110"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="112"/>
        <source>Times a request is sent again after the gateway throttled it, a server error or a connection that closed before the answer, each after a longer pause (default 4; 0: never). A cancel is only sent again when throttled.</source>
        <translation>在网关限流、服务器错误或连接在应答前关闭之后重新发送请求的次数，每次等待更久（默认 4；0：不重发）。取消操作仅在被限流时重新发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="116"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="133"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="136"/>
        <source>Use a saved profile (see &apos;otadash-cli profile list&apos;): its secret from the system keychain, its region or endpoint, instance ID and signature version unless given here.</source>
        <translation>使用已保存的配置（参见 &apos;otadash-cli profile list&apos;）：密钥取自系统钥匙串；地域或接入点、实例ID和签名版本除非在此指定，否则取自该配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="139"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="99"/>
        <source>The region, e.g. cn-shanghai (default: $ALIBABA_CLOUD_REGION_ID).</source>
        <translation>地域，例如 cn-shanghai（默认：$ALIBABA_CLOUD_REGION_ID）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="48"/>
        <source>otadash-cli %1: %2</source>
        <translation>otadash-cli %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="49"/>
        <source>Run &apos;otadash-cli %1 --help&apos; for the options.</source>
        <translation>运行 &apos;otadash-cli %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="102"/>
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>用于替代 https://iot.&lt;region&gt;.aliyuncs.com/ 的自定义接入点 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="104"/>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="106"/>
        <source>HTTP method: post (default) or get.</source>
        <translation>HTTP 方法：post（默认）或 get。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="118"/>
        <source>Reach the endpoint through this proxy: http://[USER:PASSWORD@]HOST:PORT or socks5://... (default: the choice in Preferences, else the system&apos;s settings and HTTPS_PROXY, NO_PROXY); &apos;none&apos; for no proxy.</source>
        <translation>通过此代理访问接入点：http://[USER:PASSWORD@]HOST:PORT 或 socks5://...（默认：首选项中的选择，否则为系统设置及 HTTPS_PROXY、NO_PROXY）；&apos;none&apos; 表示不使用代理。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="123"/>
        <source>Also trust the certificate authorities in this PEM file (a company&apos;s TLS inspection CA), besides the system&apos;s (default: the file chosen in Preferences).</source>
        <translation>除系统的证书颁发机构外，还信任此 PEM 文件中的证书颁发机构（如公司用于 TLS 检查的 CA）（默认：首选项中选择的文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="126"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="129"/>
        <source>Query the embedded demo endpoint with demo credentials instead of the cloud.</source>
        <translation>使用演示凭据查询内置的演示接入点，而不是云端。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="131"/>
        <source>Language of --help, messages and text output: en, ja or zh_CN (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>--help、消息和文本输出的语言：en、ja 或 zh_CN（默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="140"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="152"/>
        <source>Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS, ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation>凭据来自 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET，以及（使用 STS 时）ALIBABA_CLOUD_SECURITY_TOKEN。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="155"/>
        <source>Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response.</source>
        <translation>退出码：0 成功，1 用法错误，2 API 错误，3 传输错误或响应格式错误。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="157"/>
        <source>With --profile the secret comes from the system keychain; exit code 4 when the keychain is unusable.</source>
        <translation>使用 --profile 时，密钥取自系统钥匙串；钥匙串不可用时退出码为 4。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="164"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="174"/>
        <source>--signature must be v1 or v3</source>
        <translation>--signature 必须为 v1 或 v3</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="178"/>
        <source>--http-method must be get or post</source>
        <translation>--http-method 必须为 get 或 post</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="183"/>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout 必须是 0 到 600 之间的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="187"/>
        <source>--retries must be a whole number from 0 to 10</source>
        <translation>--retries 必须是 0 到 10 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="222"/>
        <source>--demo cannot be combined with --profile</source>
        <translation>--demo 不能与 --profile 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="227"/>
        <source>the Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>Environment 配置需要 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="237"/>
        <source>there is no profile named &apos;%1&apos; (see &apos;otadash-cli profile list&apos;)</source>
        <translation>没有名为 &apos;%1&apos; 的配置（参见 &apos;otadash-cli profile list&apos;）</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="249"/>
        <source>--demo cannot be combined with --region or --endpoint</source>
        <translation>--demo 不能与 --region 或 --endpoint 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="252"/>
        <source>otadash-cli %1: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash-cli %1：演示接入点无法在环回接口上监听</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="275"/>
        <source>give --region or --endpoint (or set ALIBABA_CLOUD_REGION_ID)</source>
        <translation>请指定 --region 或 --endpoint（或设置 ALIBABA_CLOUD_REGION_ID）</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="278"/>
        <source>&apos;%1&apos; is not a region ID</source>
        <translation>&apos;%1&apos; 不是地域ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="288"/>
        <source>no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>没有凭据：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="305"/>
        <source>otadash-cli %1: cannot read the secret of profile &apos;%2&apos;: %3</source>
        <translation>otadash-cli %1：无法读取配置 &apos;%2&apos; 的密钥：%3</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="361"/>
        <source>otadash-cli %1: could not renew the credentials of role %2 (%3); trying again</source>
        <translation>otadash-cli %1：无法续期角色 %2 的凭据（%3）；将重试</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="367"/>
        <source>otadash-cli %1: cannot assume role %2 of profile &apos;%3&apos;: %4</source>
        <translation>otadash-cli %1：无法扮演配置“%3”的角色 %2：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="379"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="380"/>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="384"/>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="386"/>
        <source>Recommend: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="61"/>
        <source>%1 is required</source>
        <translation>必须指定 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="65"/>
        <source>give %1 only once</source>
        <translation>%1 只能指定一次</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="25"/>
        <source>Connected: the credentials were accepted.</source>
        <translation>已连接：凭据已被接受。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="38"/>
        <source>Connected: the gateway accepted the signature and the AccessKey (the test batch does not exist, as expected).</source>
        <translation>已连接：网关接受了签名和 AccessKey（测试用的升级批次不存在，符合预期）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="46"/>
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../ui/CountsChart.cpp" line="156"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="166"/>
        <source>%1 succeeded</source>
        <translation>成功 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CountsChart.cpp" line="168"/>
        <source>%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln device(s)</source>
        <translation>
            <numerusform>失败 %1（%2 个）· 进行中 %3 个 · 未开始 %4 个 · 已完成 %5，共 %Ln 个设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="178"/>
        <source>Query a batch to see the progress of its devices.</source>
        <translation>查询升级批次后，将显示其设备的升级进度。</translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="183"/>
        <source>Device tasks by status</source>
        <translation>按状态划分的设备任务</translation>
    </message>
</context>
<context>
    <name>CountsSummary</name>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="17"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="22"/>
        <source>%1 succeeded (%2) · %3 failed (%4) · %5 in flight · %6 not started</source>
        <translation>成功 %1（%2）· 失败 %3（%4）· 进行中 %5 · 未开始 %6</translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="30"/>
        <source>%1 succeeded · %2 failed</source>
        <translation>成功 %1 · 失败 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="36"/>
        <source>%Ln task(s): %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in flight; %7 not started.</source>
        <translation>
            <numerusform>共 %Ln 个任务：已完成 %1（%2），其中成功 %3、失败 %4、已取消 %5；进行中 %6；未开始 %7。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="51"/>
        <source>Complete: succeeded, failed or canceled, the tasks that will not move on by themselves. In flight: notified or in progress. Not started: queued or awaiting confirmation. Shares are of the batch&apos;s total, read in the same round.</source>
        <translation>已完成：成功、失败或已取消，即不会再自行变化的任务。进行中：已推送或升级中。未开始：排队中或待确认。占比均相对于同一轮读取的批次总数。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="63"/>
        <source>Tasks moved while they were counted: the statuses add up to %1 of the batch&apos;s %2 (%Ln task(s) changed status between two reads and were missed).</source>
        <translation>
            <numerusform>统计期间有任务状态变化：各状态合计 %1 个，批次总数为 %2 个（%Ln 个任务在两次读取之间改变了状态，未被计入）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="68"/>
        <source>Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch&apos;s %2 (counted twice between two reads).</source>
        <translation>
            <numerusform>统计期间有任务状态变化：各状态合计 %1 个，比批次总数 %2 个多 %Ln 个（在两次读取之间被重复计入）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="30"/>
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="32"/>
        <source>Keychain locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="34"/>
        <source>Keychain access denied</source>
        <translation>钥匙串拒绝访问</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="36"/>
        <source>Secret not found</source>
        <translation>找不到密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="38"/>
        <source>Keychain not answering</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="42"/>
        <source>Keychain error</source>
        <translation>钥匙串错误</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="50"/>
        <source>No Secret Service is available: there is no D-Bus session, or no keychain provider (such as GNOME Keyring or KWallet) is running or has a keyring. Start one and try again.</source>
        <translation>没有可用的 Secret Service：没有 D-Bus 会话，或者没有运行钥匙串提供程序（例如 GNOME Keyring 或 KWallet），或其没有密钥环。请启动一个后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="56"/>
        <source>The keyring is locked. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s own tool) and try again.</source>
        <translation>密钥环已锁定。请解锁（例如登录桌面，或使用密钥环自带的工具）后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="61"/>
        <source>The keychain refused access, or its prompt was dismissed. Allow OtaDash to use the keychain and try again.</source>
        <translation>钥匙串拒绝访问，或其提示被关闭。请允许 OtaDash 使用钥匙串后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="67"/>
        <source>The keychain holds no secret for this profile. Enter the AccessKey secret again.</source>
        <translation>钥匙串中没有此配置的密钥。请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="72"/>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt that nobody can see.</source>
        <translation>钥匙串未及时响应；它可能正在等待一个无人能看到的解锁提示。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="78"/>
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告了错误。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="82"/>
        <source>(Keychain: %1)</source>
        <translation>（钥匙串：%1）</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="56"/>
        <source>&amp;Open OtaDash</source>
        <translation>打开 OtaDash(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="57"/>
        <source>&amp;Pause watching</source>
        <translation>暂停关注(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="100"/>
        <source>Update batch status changed</source>
        <translation>升级批次状态已变化</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="100"/>
        <source>Rollout finished</source>
        <translation>升级已完成</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="101"/>
        <source>Batch %1 is now %2.</source>
        <comment>batch name, status</comment>
        <translation>升级批次 %1 的状态已变为“%2”。</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="103"/>
        <location filename="../ui/DesktopNotifier.cpp" line="125"/>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="114"/>
        <source>Failure rate alert</source>
        <translation>失败率告警</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="115"/>
        <source>Batch %1: %2 % of the tasks that succeeded or failed have failed (%3 of %4), at or above the alert threshold of %5 %.</source>
        <comment>batch name, rate, failed, succeeded + failed, threshold</comment>
        <translation>批次 %1：成功或失败的任务中有 %2 % 失败（%4 个中的 %3 个），达到或超过告警阈值 %5 %。</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="126"/>
        <source>Click to open the batch with its Cancel dialog ready; nothing is sent until you confirm there.</source>
        <translation>点击打开该批次并显示取消对话框；在对话框中确认之前不会发送任何请求。</translation>
    </message>
</context>
<context>
    <name>DesktopStyle</name>
    <message>
        <location filename="../ui/DesktopStyle.cpp" line="120"/>
        <source>Clear the field</source>
        <translation>清空输入框</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="42"/>
        <source>Usage: otadash-cli device (--product-key PK --device-name NAME | --iot-id ID) [--job-id ID] [options]</source>
        <translation>用法：otadash-cli device (--product-key PK --device-name NAME | --iot-id ID) [--job-id ID] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="48"/>
        <source>Show one device: its online state, the version it reports for each module, its unfinished OTA tasks and, with --job-id, its task in that batch. The device&apos;s secret is never shown.</source>
        <translation>显示一台设备：在线状态、各模块上报的版本、未完成的 OTA 任务，以及指定 --job-id 时它在该批次中的任务。设备密钥从不显示。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="54"/>
        <source>The product of the device.</source>
        <translation>设备所属的产品。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="54"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="55"/>
        <source>The device&apos;s name.</source>
        <translation>设备名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="55"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="56"/>
        <source>The device&apos;s IotId, instead of the product key and name.</source>
        <translation>设备的 IotId，代替产品 Key 和名称。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="57"/>
        <location filename="../app/cli/DeviceCommand.cpp" line="58"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="58"/>
        <source>Also show the device&apos;s task in this batch.</source>
        <translation>同时显示设备在此批次中的任务。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="60"/>
        <source>text (default), or json: one object with the API&apos;s field names.</source>
        <translation>text（默认），或 json：一个使用 API 字段名的对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="71"/>
        <source>name the device with --product-key and --device-name, or --iot-id</source>
        <translation>请用 --product-key 和 --device-name，或 --iot-id 指定设备</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="73"/>
        <source>--iot-id names the device by itself; leave out --product-key and --device-name</source>
        <translation>--iot-id 本身即可指定设备；请省略 --product-key 和 --device-name</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="76"/>
        <source>&apos;%1&apos; is not a valid product key</source>
        <translation>&apos;%1&apos; 不是有效的产品 Key</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="79"/>
        <source>&apos;%1&apos; is not a valid device name: letters, digits and - _ @ . : only</source>
        <translation>&apos;%1&apos; 不是有效的设备名称：只能使用字母、数字和 - _ @ . :</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="82"/>
        <source>&apos;%1&apos; is not a valid IotId</source>
        <translation>&apos;%1&apos; 不是有效的 IotId</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="85"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的批次 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="92"/>
        <source>--output must be text or json</source>
        <translation>--output 必须为 text 或 json</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="115"/>
        <source>ERROR: %1 (device %2)</source>
        <translation>错误：%1（设备 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="136"/>
        <source>Device %1 of %2 (%3)</source>
        <translation>%2（%3）的设备 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="137"/>
        <source>IotId</source>
        <translation>IotId</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="138"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="140"/>
        <source>Last online</source>
        <translation>最近在线</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="141"/>
        <source>Firmware version</source>
        <translation>固件版本</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="142"/>
        <source>(not reported)</source>
        <translation>（未上报）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="146"/>
        <source>Modules</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="146"/>
        <source>(none reported)</source>
        <translation>（未上报）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="148"/>
        <location filename="../app/cli/DeviceCommand.cpp" line="150"/>
        <source>Unfinished OTA tasks</source>
        <translation>未完成的 OTA 任务</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="148"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="153"/>
        <source>%1 in batch %2 (%3 → %4), task %5</source>
        <translation>批次 %2 中为 %1（%3 → %4），任务 %5</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="160"/>
        <location filename="../app/cli/DeviceCommand.cpp" line="170"/>
        <source>Task in batch %1</source>
        <translation>批次 %1 中的任务</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="160"/>
        <source>none: the batch has no task for this device</source>
        <translation>无：此批次没有这台设备的任务</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="165"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="169"/>
        <source>changed %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="174"/>
        <source>warning: the task succeeded, but the device reports %1, not %2</source>
        <translation>警告：任务已成功，但设备上报的是 %1，而不是 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="179"/>
        <source>Read at %1</source>
        <translation>读取于 %1</translation>
    </message>
</context>
<context>
    <name>DeviceLookup</name>
    <message>
        <location filename="../app/core/services/DeviceLookup.cpp" line="47"/>
        <source>The response names no device.</source>
        <translation>响应中没有设备。</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="21"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="23"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="25"/>
        <source>Never activated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="27"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="98"/>
        <source>Reading the device…</source>
        <translation>正在读取设备…</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="117"/>
        <source>Device %1 of %2 (%3)</source>
        <translation>%2（%3）的设备 %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="120"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="122"/>
        <source>(not reported)</source>
        <translation>（未上报）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="126"/>
        <source>(none reported)</source>
        <translation>（未上报）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="129"/>
        <source>%1 in batch %2 (%3 → %4)</source>
        <translation>批次 %2 中为 %1（%3 → %4）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="131"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="138"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="142"/>
        <source>changed %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="146"/>
        <source>none: the batch has no task for this device</source>
        <translation>无：此批次没有这台设备的任务</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="154"/>
        <source>⚠ The task succeeded, but the device reports version %1, not %2: it may have rolled back or not restarted into the new firmware.</source>
        <translation>⚠ 任务已成功，但设备上报的版本是 %1，而不是 %2：设备可能已回滚，或未以新固件重启。</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="178"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="180"/>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="201"/>
        <location filename="../ui/DevicePanel.cpp" line="203"/>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="204"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="205"/>
        <source>Last online:</source>
        <translation>最近在线：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="206"/>
        <source>Reported version:</source>
        <translation>上报版本：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="207"/>
        <source>Modules:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="208"/>
        <source>Unfinished OTA tasks:</source>
        <translation>未完成的 OTA 任务：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="209"/>
        <source>Task in this batch:</source>
        <translation>此批次中的任务：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="210"/>
        <source>Read at:</source>
        <translation>读取时间：</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="211"/>
        <source>&amp;Read again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="15"/>
        <source>Filter the products, firmware and batches</source>
        <translation>筛选产品、固件和升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="16"/>
        <source>Filter products, firmware and batches</source>
        <translation>筛选产品、固件和升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="22"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="23"/>
        <source>Read the products, firmware and batches again</source>
        <translation>重新读取产品、固件和升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="42"/>
        <source>Products, firmware and batches</source>
        <translation>产品、固件和升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="60"/>
        <location filename="../ui/DiscoveryPanel.cpp" line="348"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="61"/>
        <source>Show the selected batch in the main form</source>
        <translation>在主窗体中显示所选升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="66"/>
        <location filename="../ui/DiscoveryPanel.cpp" line="349"/>
        <source>Add to &amp;watch list</source>
        <translation>添加到关注列表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="67"/>
        <source>Watch the selected batch with the current profile</source>
        <translation>使用当前配置关注所选升级批次</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="274"/>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="274"/>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DiscoveryPanel.cpp" line="284"/>
        <source>Show its batches on the &amp;timeline (%n loaded)</source>
        <translation>
            <numerusform>在时间线上显示已加载的批次(&amp;T)（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="293"/>
        <source>Copy &amp;ProductKey</source>
        <translation>复制 ProductKey(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="294"/>
        <source>Copy &amp;FirmwareId</source>
        <translation>复制 FirmwareId(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="295"/>
        <source>Copy &amp;JobId</source>
        <translation>复制 JobId(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="329"/>
        <source>Choose a profile whose secret is available to browse its products.</source>
        <translation>请选择密钥可用的配置以浏览其产品。</translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="330"/>
        <source>The response holds no page.</source>
        <translation>响应中没有分页数据。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="556"/>
        <source>%Ln device(s)</source>
        <comment>product&apos;s device count</comment>
        <translation>
            <numerusform>%Ln 台设备</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="570"/>
        <source>No verification needed</source>
        <translation>无需验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="572"/>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="574"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="576"/>
        <source>Verifying</source>
        <translation>验证中</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="578"/>
        <source>Verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="601"/>
        <source>%1, created %2</source>
        <comment>batch type, creation time</comment>
        <translation>%1，创建于 %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="636"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="640"/>
        <source>Load more (%1 of %2 shown)</source>
        <translation>加载更多（已显示 %1/%2）</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="645"/>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="659"/>
        <source>ProductKey: %1</source>
        <translation>ProductKey：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="665"/>
        <source>FirmwareId: %1</source>
        <translation>FirmwareId：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="669"/>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="670"/>
        <source>Differential package</source>
        <translation>差分包</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="670"/>
        <source>Full package</source>
        <translation>整包</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="672"/>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="677"/>
        <source>JobId: %1</source>
        <translation>JobId：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="680"/>
        <source>Status read at %1</source>
        <translation>状态读取于 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="683"/>
        <source>Selection: %1, target: %2</source>
        <translation>选择方式：%1，目标：%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="687"/>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="689"/>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="691"/>
        <source>Ended: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="700"/>
        <source>%1 of %2 loaded</source>
        <translation>已加载 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="704"/>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="714"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="716"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="718"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="14"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="24"/>
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="32"/>
        <source>Request ID:</source>
        <translation>请求ID：</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="48"/>
        <source>Set the instance I&amp;D…</source>
        <translation>设置实例 ID(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="49"/>
        <source>Opens the profile (or the query bar, without one) at its instance ID.</source>
        <translation>打开配置（没有配置时为查询栏）中的实例 ID。</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.cpp" line="67"/>
        <source>Profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.cpp" line="74"/>
        <source>Open File &gt; Profiles… to enter the secret again or to choose another profile.</source>
        <translation>请打开“文件 &gt; 配置…”重新输入密钥，或选择其他配置。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/ExportActions.cpp" line="147"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="148"/>
        <source>&amp;Raw Response…</source>
        <translation>原始响应(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="149"/>
        <source>Save the last QueryOTAJob response body exactly as it was received.</source>
        <translation>按接收时的原样保存最近一次 QueryOTAJob 的响应正文。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="150"/>
        <source>Device Tasks as &amp;CSV…</source>
        <translation>设备任务导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="151"/>
        <source>Read every device task of the batch and save them as CSV.</source>
        <translation>读取该升级批次的所有设备任务并保存为 CSV。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="152"/>
        <source>&amp;Sign-off Report…</source>
        <translation>签核报告(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="153"/>
        <source>Save a report of the batch for sign-off, as PDF or Markdown.</source>
        <translation>将用于签核的升级批次报告保存为 PDF 或 Markdown。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="154"/>
        <source>Copy as &amp;aliyun Command</source>
        <translation>复制为 aliyun 命令(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="155"/>
        <source>Copy the aliyun CLI command that queries this batch (no secret).</source>
        <translation>复制查询该升级批次的 aliyun CLI 命令（不含密钥）。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="156"/>
        <source>Copy as &amp;otadash-cli Command</source>
        <translation>复制为 otadash-cli 命令(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="157"/>
        <source>Copy the otadash-cli command that queries this batch (no secret).</source>
        <translation>复制查询该升级批次的 otadash-cli 命令（不含密钥）。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="182"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="201"/>
        <location filename="../ui/ExportActions.cpp" line="232"/>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="213"/>
        <source>Export canceled.</source>
        <translation>已取消导出。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="219"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="236"/>
        <source>Nothing was saved. You may save it to another file.</source>
        <translation>未保存任何内容。可以将其保存到其他文件。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="237"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="258"/>
        <source>Save Raw Response</source>
        <translation>保存原始响应</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="259"/>
        <source>XML (*.xml)</source>
        <translation>XML (*.xml)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="259"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="272"/>
        <location filename="../ui/ExportActions.cpp" line="284"/>
        <location filename="../ui/ExportActions.cpp" line="318"/>
        <source>Export Device Tasks</source>
        <translation>导出设备任务</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="273"/>
        <location filename="../ui/ExportActions.cpp" line="318"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="285"/>
        <source>Reading the device tasks of batch %1…</source>
        <translation>正在读取升级批次 %1 的设备任务…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="302"/>
        <source>Read %1 of %2 device tasks…</source>
        <translation>已读取 %2 个设备任务中的 %1 个…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="368"/>
        <source>No batch is shown any more. Query it again, then save the report.</source>
        <translation>当前未显示任何升级批次。请重新查询后再保存报告。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="401"/>
        <source>Sign-off Report</source>
        <translation>签核报告</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="402"/>
        <source>Gathering the report of batch %1…</source>
        <translation>正在汇总升级批次 %1 的报告…</translation>
    </message>
</context>
<context>
    <name>FailureAlertDialog</name>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="6"/>
        <source>Failure alert</source>
        <translation>失败率告警</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="15"/>
        <source>Alert at a failure rate of &amp;at least:</source>
        <translation>告警的失败率下限(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="25"/>
        <source>&amp;Minimum sample:</source>
        <translation>最小样本数(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="30"/>
        <source>Tasks that ended as succeeded or failed before the rate counts, so a few early failures do not raise the alert.</source>
        <translation>计算失败率之前需要以成功或失败结束的任务数，避免早期少量失败就触发告警。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="49"/>
        <source>Batch %1: notify once when the share of failed tasks among those that succeeded or failed reaches the threshold, and again only after it has been below it. Canceled tasks and those still running do not count.</source>
        <translation>批次 %1：当成功或失败的任务中失败所占比例达到阈值时通知一次，只有在比例回落到阈值以下之后才会再次通知。已取消和仍在进行的任务不计入。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="53"/>
        <source> succeeded or failed</source>
        <translation> 个（成功或失败）</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="54"/>
        <source>&amp;Remove alert</source>
        <translation>删除告警(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="59"/>
        <source>Now: %3 % failed (%1 of %2 tasks that succeeded or failed).</source>
        <translation>当前：%3 % 失败（成功或失败的 %2 个任务中的 %1 个）。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="64"/>
        <source>No task of this batch has succeeded or failed yet.</source>
        <translation>该升级批次尚无成功或失败的任务。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="66"/>
        <source>The task counts are read at the next refresh of the watch list.</source>
        <translation>任务计数将在监视列表下次刷新时读取。</translation>
    </message>
</context>
<context>
    <name>FailureReasonsModel</name>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="194"/>
        <location filename="../app/report/ReportLayout.cpp" line="180"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="196"/>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <location filename="../app/report/ReportLayout.cpp" line="180"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="168"/>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="170"/>
        <location filename="../ui/BatchProgressView.cpp" line="985"/>
        <source>(no reason given)</source>
        <translation>（未提供原因）</translation>
    </message>
</context>
<context>
    <name>FirmwareDetailModel</name>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="53"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="55"/>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="149"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="57"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="104"/>
        <source>No verification needed</source>
        <translation>无需验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="106"/>
        <source>Not verified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="108"/>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="110"/>
        <source>Being verified (%1 %)</source>
        <translation>验证中（%1 %）</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="110"/>
        <source>Being verified</source>
        <translation>验证中</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="112"/>
        <source>Verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="116"/>
        <source>Unknown status %1</source>
        <translation>未知状态 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="122"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="139"/>
        <source>Package name</source>
        <translation>升级包名称</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="141"/>
        <source>Package ID</source>
        <translation>升级包ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="143"/>
        <source>Package type</source>
        <translation>升级包类型</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="145"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="147"/>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="151"/>
        <source>Sign method</source>
        <translation>签名方式</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="153"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="155"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="157"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="159"/>
        <source>Download URL</source>
        <translation>下载 URL</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="175"/>
        <source>Differential package</source>
        <translation>差分包</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="175"/>
        <source>Full package</source>
        <translation>整包</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="178"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="208"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>FirmwareLookup</name>
    <message>
        <location filename="../app/core/services/FirmwareLookup.cpp" line="38"/>
        <source>The response holds no firmware.</source>
        <translation>响应中没有固件。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="278"/>
        <source>%Ln fetch(es)</source>
        <translation>
            <numerusform>%Ln 次获取</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="135"/>
        <source>--demo cannot be combined with --history-db</source>
        <translation>--demo 不能与 --history-db 同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="76"/>
        <source>The history file to read (default: the one the dashboard and &apos;otadash-cli query&apos; write).</source>
        <translation>要读取的历史记录文件（默认：仪表板和 &apos;otadash-cli query&apos; 写入的文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="81"/>
        <source>Read the demo&apos;s history (what the dashboard and &apos;otadash-cli query&apos; recorded with --demo).</source>
        <translation>读取演示的历史记录（仪表板和 &apos;otadash-cli query&apos; 在 --demo 下记录的内容）。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="101"/>
        <source>Usage: otadash-cli history --job-id ID [--profile NAME] [--output text|json|csv] [options]</source>
        <translation>用法：otadash-cli history --job-id ID [--profile NAME] [--output text|json|csv] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="137"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db 需要文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="133"/>
        <source>--output must be text, json or csv</source>
        <translation>--output 必须为 text、json 或 csv</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="105"/>
        <source>Exit codes: 0 success, 1 usage error or no history of the batch, 5 the history file cannot be read.</source>
        <translation>退出码：0 成功，1 用法错误或该升级批次没有历史记录，5 无法读取历史记录文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="78"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="65"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="70"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="68"/>
        <source>Only the fetches made with this profile (default: those of every profile, with a profile column).</source>
        <translation>仅显示使用此配置获取的记录（默认：显示所有配置的获取记录，并带配置列）。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="226"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="65"/>
        <source>The batch whose recorded fetches to print.</source>
        <translation>要输出其获取记录的升级批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="72"/>
        <source>text (default): an aligned table; json: an array of objects; csv: a header row, then one row per fetch or round of task counts.</source>
        <translation>text（默认）：对齐的表格；json：对象数组；csv：先输出表头行，再每次获取或每轮任务数统计一行。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="93"/>
        <source>Print the fetches of an OTA update batch recorded on this computer, oldest first: when, its JobStatus and the task counts read with it, if any, with their own time; task counts read without a fetch are lines of their own. Only the local history is read: no network, no credentials.</source>
        <translation>按从旧到新的顺序输出本机记录的 OTA 升级批次获取记录：获取时间、JobStatus，以及随该次获取一起统计的任务数（如有）及其统计时间；未伴随获取的任务数统计单独成行。仅读取本地历史记录：不访问网络，不需要凭据。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="162"/>
        <source>otadash-cli history: there is no history at %1 yet: the dashboard and &apos;otadash-cli query&apos; record the batches they read there.</source>
        <translation>otadash-cli history：%1 尚无历史记录；仪表板和 &apos;otadash-cli query&apos; 会将读取的升级批次记录在该处。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="203"/>
        <source>otadash-cli history: no fetch of batch %1 with profile %2 is recorded in %3.</source>
        <translation>otadash-cli history：%3 中没有使用配置 %2 获取升级批次 %1 的记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="205"/>
        <source>otadash-cli history: no fetch of batch %1 is recorded in %2.</source>
        <translation>otadash-cli history：%2 中没有升级批次 %1 的获取记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="228"/>
        <source>Fetched (%1)</source>
        <translation>获取时间 (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="230"/>
        <source>Counted (%1)</source>
        <translation>统计时间 (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="233"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="236"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="280"/>
        <source>%Ln round(s) of task counts read without a fetch</source>
        <translation>
            <numerusform>%Ln 轮未伴随获取的任务数统计</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNoticeBar</name>
    <message>
        <location filename="../ui/HistoryNoticeBar.cpp" line="63"/>
        <source>Stale since %1</source>
        <translation>自 %1 起未更新</translation>
    </message>
    <message>
        <location filename="../ui/HistoryNoticeBar.cpp" line="64"/>
        <source>The batch could not be fetched. The form shows its last state in the local history, fetched at %1; the next successful query replaces it.</source>
        <translation>无法获取升级批次。表单显示的是本地历史记录中的最后状态（获取于 %1）；下次查询成功后将被替换。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryNoticeBar.cpp" line="72"/>
        <source>%n field(s) changed since you last looked at %1. Hover a highlighted field to see what it was.</source>
        <translation>
            <numerusform>自您上次查看（%1）以来，有 %n 个字段发生了变化。将指针悬停在突出显示的字段上可查看之前的值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../app/core/services/HistoryRecorder.cpp" line="46"/>
        <source>No history file is in use.</source>
        <translation>未使用历史记录文件。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="172"/>
        <source>another OtaDash window or command kept the file locked for too long</source>
        <translation>另一个 OtaDash 窗口或命令锁定该文件的时间过长</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="175"/>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="177"/>
        <source>the disk could not be read or written</source>
        <translation>无法读写磁盘</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="179"/>
        <source>the file is damaged</source>
        <translation>该文件已损坏</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="181"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="183"/>
        <source>the file cannot be opened</source>
        <translation>无法打开该文件</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="185"/>
        <source>the file is not an SQLite database</source>
        <translation>该文件不是 SQLite 数据库</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="190"/>
        <source>unknown database error</source>
        <translation>未知的数据库错误</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="247"/>
        <source>The history file %1 could not be written: %2. Nothing was saved.</source>
        <translation>无法写入历史记录文件 %1：%2。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="255"/>
        <source>The history file %1 is not open: %2</source>
        <translation>历史记录文件 %1 未打开：%2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="265"/>
        <source>The history file %1 could not be read: %2</source>
        <translation>无法读取历史记录文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="289"/>
        <source>its folder %1 could not be created</source>
        <translation>无法创建其文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="804"/>
        <source>An action without a name or a valid time cannot be added to the audit log.</source>
        <translation>没有名称或有效时间的操作不能加入审计日志。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="238"/>
        <source>The history file %1 could not be opened: %2</source>
        <translation>无法打开历史记录文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="295"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="305"/>
        <source>it was written by a newer OtaDash (history version %1; this one reads up to %2) and was left unchanged</source>
        <translation>该文件由更新版本的 OtaDash 写入（历史记录版本 %1；本版本最多可读取 %2），已保持原样未作修改</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="329"/>
        <location filename="../app/core/history/HistoryStore.cpp" line="348"/>
        <source>it could not be upgraded to history version %1: %2</source>
        <translation>无法升级到历史记录版本 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="545"/>
        <source>A fetch without a batch ID or a valid time cannot be added to the history.</source>
        <translation>缺少升级批次ID或有效时间的获取结果无法添加到历史记录。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="589"/>
        <source>Task counts without a batch ID or a valid time cannot be added to the history.</source>
        <translation>缺少升级批次ID或有效时间的任务数无法添加到历史记录。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="692"/>
        <source>A batch can only be marked as seen with its ID and a valid time.</source>
        <translation>只有提供升级批次ID和有效时间才能将其标记为已查看。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="741"/>
        <source>The history cannot be pruned without a valid time.</source>
        <translation>没有有效时间，无法清理历史记录。</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="127"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="147"/>
        <source>Device tasks counted at %1</source>
        <translation>设备任务统计于 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="143"/>
        <source>No device tasks were counted for this batch.</source>
        <translation>尚未统计此升级批次的设备任务。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="130"/>
        <source>Only the device tasks were counted at %1; the batch itself was not read then.</source>
        <translation>%1 仅统计了设备任务数，当时未读取升级批次本身。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="142"/>
        <source>No device tasks were counted with this fetch.</source>
        <translation>此次获取未统计设备任务。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="157"/>
        <source>Fetched at (%1)</source>
        <comment>the time zone of the table&apos;s times</comment>
        <translation>获取时间 (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="160"/>
        <source>Counted at</source>
        <translation>统计时间</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="164"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/HistoryView.cpp" line="84"/>
        <source>%1
%2: %3</source>
        <comment>time, series name, number of devices</comment>
        <translation>%1
%2：%3</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="232"/>
        <source>%1 %2</source>
        <comment>task status, then the signed change of its device count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="236"/>
        <source>All devices %1</source>
        <comment>the signed change of the number of devices in the batch</comment>
        <translation>全部设备 %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="239"/>
        <source>No device task changed status since you last looked at %1.</source>
        <translation>自您上次查看（%1）以来，没有设备任务的状态发生变化。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="240"/>
        <source>Since you last looked at %1: %2</source>
        <comment>a time, then the list of count changes</comment>
        <translation>自您上次查看（%1）以来：%2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="241"/>
        <source>, </source>
        <comment>between the items of a list of changes</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="246"/>
        <source>All devices</source>
        <translation>全部设备</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="247"/>
        <source>Finished (succeeded, failed or canceled)</source>
        <translation>已结束（升级成功、升级失败、已取消）</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="249"/>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="251"/>
        <source>Burn-up of the batch&apos;s device tasks</source>
        <translation>升级批次设备任务的燃尽图</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="256"/>
        <source>%n round(s) of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 succeeded.</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %n 轮统计。最后一轮中，%4 台设备里 %3 台已结束，%5 台成功。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="266"/>
        <source>The local history is not available in this window.</source>
        <translation>此窗口中无法使用本地历史记录。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="272"/>
        <source>Query a batch to see how it progressed over the fetches OtaDash recorded.</source>
        <translation>查询升级批次后，将根据 OtaDash 记录的获取结果显示其进展。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="279"/>
        <source>No history of batch %1 yet. OtaDash records every fetch of it from now on.</source>
        <translation>升级批次 %1 尚无历史记录。今后 OtaDash 会记录每次获取。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="281"/>
        <source>The history of batch %1 cannot be read: %2</source>
        <translation>无法读取升级批次 %1 的历史记录：%2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="289"/>
        <source>Fetched once, at %1.</source>
        <translation>已于 %1 获取 1 次。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="291"/>
        <source>Fetched %n time(s), first at %1, last at %2.</source>
        <translation>
            <numerusform>已获取 %n 次（首次 %1，最近 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="296"/>
        <source>Latest count (%1): %2 of %3 devices finished, %4 succeeded.</source>
        <translation>最新统计（%1）：%3 台设备中 %2 台已结束，%4 台升级成功。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="312"/>
        <source>No device task counts recorded for this batch yet. The Devices tab counts them.</source>
        <translation>尚未记录此升级批次的设备任务数。“设备”选项卡会进行统计。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.ui" line="64"/>
        <source>Readings of the batch</source>
        <translation>升级批次的读取记录</translation>
    </message>
</context>
<context>
    <name>JobDetailModel</name>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="158"/>
        <location filename="../app/core/models/JobDetailModel.cpp" line="111"/>
        <location filename="../app/core/models/JobDetailModel.cpp" line="162"/>
        <location filename="../app/report/ReportBuilder.cpp" line="39"/>
        <source>Not returned</source>
        <translation>未返回</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="162"/>
        <source>Not returned. %1</source>
        <translation>未返回。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="183"/>
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="187"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="194"/>
        <source>%1 tag(s)</source>
        <comment>number of tags; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 个标签</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="302"/>
        <source>%1
This value is not documented in the API reference.</source>
        <translation>%1
API 参考文档中没有记载此值。</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="303"/>
        <source>%1
%2</source>
        <comment>raw value, then what it means</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="308"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="24"/>
        <location filename="../app/core/models/JobDetailModel.cpp" line="314"/>
        <source>%1 = %2</source>
        <comment>tag key and value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="332"/>
        <location filename="../app/report/ReportLayout.cpp" line="55"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="334"/>
        <location filename="../app/report/ReportLayout.cpp" line="55"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="336"/>
        <source>Raw value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="338"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="261"/>
        <source>Was: %1</source>
        <comment>the value when the user last looked</comment>
        <translation>上次查看时：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="113"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>JobDetailView</name>
    <message>
        <location filename="../ui/JobDetailView.ui" line="17"/>
        <source>Enter a batch ID (JobId) and press Enter to query the batch.</source>
        <translation>输入升级批次ID（JobId）并按 Enter 键查询该批次。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="25"/>
        <source>Fields of the batch</source>
        <translation>升级批次的字段</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="34"/>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="40"/>
        <source>Rollout policy</source>
        <translation>升级设置</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="56"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="59"/>
        <location filename="../ui/JobDetailView.ui" line="73"/>
        <source>Source versions</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="93"/>
        <location filename="../ui/JobDetailView.ui" line="100"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="114"/>
        <source>Schedule</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="154"/>
        <source>This batch has no tags.</source>
        <translation>该升级批次没有标签。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="170"/>
        <location filename="../ui/JobDetailView.cpp" line="238"/>
        <source>Not returned</source>
        <translation>未返回</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="177"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="188"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="232"/>
        <source>Firmware</source>
        <translation>固件</translation>
    </message>
</context>
<context>
    <name>JobField</name>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="17"/>
        <source>Batch ID</source>
        <translation>升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="18"/>
        <source>The ID of the update batch.</source>
        <translation>升级批次ID，批次的唯一标识符。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="21"/>
        <source>Package name</source>
        <translation>升级包名称</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="22"/>
        <source>The name of the update package.</source>
        <translation>升级包名称。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="24"/>
        <source>Batch description</source>
        <translation>升级批次描述</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="25"/>
        <source>The description of the update batch.</source>
        <translation>升级批次描述。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="27"/>
        <source>ProductKey</source>
        <translation>ProductKey</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="28"/>
        <source>The ProductKey of the product to which the update package belongs.</source>
        <translation>升级包所属产品的ProductKey。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="31"/>
        <source>Package ID</source>
        <translation>升级包ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="32"/>
        <source>The ID of the update package.</source>
        <translation>升级包ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="34"/>
        <source>Device group ID</source>
        <translation>设备分组ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="35"/>
        <source>The ID of the device group to be updated.</source>
        <translation>待升级的设备分组ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="37"/>
        <source>Device group name</source>
        <translation>设备分组名称</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="38"/>
        <source>The name of the device group to be updated.</source>
        <translation>待升级的设备分组名称。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="41"/>
        <source>Batch type</source>
        <translation>批次类型</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="42"/>
        <source>Whether the batch verifies an update package or updates devices.</source>
        <translation>批次类型：升级包验证批次或批量升级批次。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="45"/>
        <source>Batch status</source>
        <translation>批次状态</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="46"/>
        <source>The status of the update batch: planned, in progress, completed or canceled.</source>
        <translation>批次的状态：计划中、执行中、已完成或已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="51"/>
        <source>Update policy</source>
        <translation>升级策略</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="52"/>
        <source>The update policy of the batch: static (a fixed set of devices) or dynamic.</source>
        <translation>升级策略：静态升级（固定的设备范围）或动态升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="57"/>
        <source>Update scope</source>
        <translation>升级范围</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="58"/>
        <source>The scope of the update batch: all devices, specified devices or a phased (gray) update. Dynamic batches always return all devices.</source>
        <translation>升级范围：全量升级、定向升级或灰度升级。动态升级批次仅返回全量升级（ALL）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="63"/>
        <source>Gray percentage</source>
        <translation>灰度比例</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="64"/>
        <source>The share of devices in the phased (gray) update, in percent.</source>
        <translation>灰度升级的灰度比例（百分比）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="65"/>
        <source>Returned only if the batch is a phased (gray) update.</source>
        <translation>仅升级范围为灰度升级时，返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="67"/>
        <source>Dynamic update mode</source>
        <translation>动态升级模式</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="68"/>
        <source>Whether a dynamic update keeps updating every device that meets the conditions, or only devices that later report a new version.</source>
        <translation>动态升级模式：持续对满足升级条件的设备进行升级，或仅对后续上报新版本号的设备生效。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="71"/>
        <source>Returned only if the batch is a dynamic update.</source>
        <translation>仅升级策略为动态升级时，返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="73"/>
        <source>Overwrite mode</source>
        <translation>覆盖之前的升级任务</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="74"/>
        <source>Whether this batch overwrites a device&apos;s previous update task. A task that is in progress is never overwritten.</source>
        <translation>是否覆盖之前的升级任务。不覆盖升级中的任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="79"/>
        <source>Max devices per minute</source>
        <translation>每分钟最多推送设备数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="80"/>
        <source>The maximum number of devices per minute to which the download URL of the update package is pushed.</source>
        <translation>每分钟最多向多少个设备推送升级包下载URL。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="85"/>
        <source>Retry count</source>
        <translation>自动重试次数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="86"/>
        <source>The number of automatic retries after a device fails to update.</source>
        <translation>设备升级失败后，自动重试次数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="87"/>
        <location filename="../app/core/ota/JobField.cpp" line="94"/>
        <source>Returned only if a retry policy was set when the batch was created.</source>
        <translation>创建升级批次时，设置了失败重试策略，则返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="90"/>
        <source>Retry interval</source>
        <translation>自动重试时间间隔</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="91"/>
        <source>The time between automatic retries after a device fails to update, in minutes.</source>
        <translation>设备升级失败后，自动重试时间间隔，单位：分钟。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="97"/>
        <source>Update timeout</source>
        <translation>设备升级超时时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="98"/>
        <source>The timeout of a device&apos;s update, in minutes.</source>
        <translation>设备升级超时时间，单位：分钟。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="99"/>
        <source>Returned only if a timeout was set when the batch was created.</source>
        <translation>创建升级批次时，设置了超时时间，则返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="101"/>
        <source>Confirm in mobile app</source>
        <translation>App 确认升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="102"/>
        <source>Whether the update must be confirmed in your mobile app.</source>
        <translation>是否需要通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="104"/>
        <source>Push automatically</source>
        <translation>自动推送升级任务</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="105"/>
        <source>Whether IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>物联网平台是否自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="110"/>
        <source>Multi-module update</source>
        <translation>多模块同时升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="111"/>
        <source>Whether the device supports updating several modules at the same time (default: no).</source>
        <translation>设备是否支持多个模块同时升级（默认：否）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="116"/>
        <source>Download protocol</source>
        <translation>下载协议</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="117"/>
        <source>The protocol over which devices download the update package, for example HTTPS.</source>
        <translation>升级包的下载协议，例如 HTTPS。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="123"/>
        <source>Source versions</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="124"/>
        <source>The firmware versions to be updated.</source>
        <translation>待升级版本号列表。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="126"/>
        <source>Destination version</source>
        <translation>升级目标版本号</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="127"/>
        <source>The destination firmware version of the update.</source>
        <translation>升级目标版本号。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="129"/>
        <location filename="../app/core/ota/JobField.cpp" line="235"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="130"/>
        <source>The tags of the update batch, as key and value pairs.</source>
        <translation>升级批次标签（标签名和标签值）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="133"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="134"/>
        <source>When the update batch was created.</source>
        <translation>批次创建时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="136"/>
        <source>Scheduled start</source>
        <translation>定时升级发起时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="137"/>
        <source>The start time of the scheduled update batch.</source>
        <translation>定时升级发起的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="138"/>
        <source>Returned only if the batch is scheduled.</source>
        <translation>仅定时升级任务会返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="140"/>
        <source>Started</source>
        <translation>开始执行时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="141"/>
        <source>When the update batch started.</source>
        <translation>该批次任务开始执行时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="143"/>
        <source>Scheduled end</source>
        <translation>定时升级结束时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="144"/>
        <source>The end time of the scheduled update batch.</source>
        <translation>定时升级结束的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="145"/>
        <source>Returned only if the batch is scheduled and a scheduled end time was set.</source>
        <translation>仅定时升级任务且设置了定时升级结束时间时会返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="149"/>
        <source>Ended</source>
        <translation>执行结束时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="150"/>
        <source>When the update batch ended.</source>
        <translation>该批次任务执行结束时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="151"/>
        <source>Returned only if the update batch has completed.</source>
        <translation>仅已执行结束的升级批次才返回此参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="153"/>
        <source>Last modified</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="154"/>
        <source>When the update batch was last modified.</source>
        <translation>批次最后一次修改时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="220"/>
        <source>%1 (%2)</source>
        <comment>a section&apos;s title, then the time zone of its times</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="229"/>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="231"/>
        <source>Rollout policy</source>
        <translation>升级设置</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="233"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="237"/>
        <source>Schedule</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>JobIdValidator</name>
    <message>
        <location filename="../ui/JobIdField.cpp" line="21"/>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="23"/>
        <source>a tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="25"/>
        <source>a line break</source>
        <translation>换行</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="50"/>
        <source>A batch ID has at most %1 characters: the input was refused.</source>
        <translation>升级批次ID最多 %1 个字符：输入未被接受。</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="57"/>
        <source>A batch ID has only letters, digits, “_”, “-” and “*”: %1 cannot be part of it, so the input was refused.</source>
        <translation>升级批次ID只能包含字母、数字、“_”、“-”和“*”：不能包含%1，因此输入未被接受。</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="70"/>
        <source>Usage: otadash-cli jobs --firmware-id ID [options]</source>
        <translation>用法：otadash-cli jobs --firmware-id ID [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="75"/>
        <source>List every OTA update batch of a firmware (ListOTAJobByFirmware) and print them.</source>
        <translation>列出某个固件的所有 OTA 升级批次（ListOTAJobByFirmware）并输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>The firmware whose batches to list.</source>
        <translation>要列出其升级批次的固件。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="83"/>
        <source>text (default): a table of the batches; json: an array of the batches with the API&apos;s field names; csv: a header row, then one row per batch.</source>
        <translation>text（默认）：升级批次表格；json：使用 API 字段名的升级批次数组；csv：先输出表头行，再每个升级批次一行。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="91"/>
        <source>&apos;%1&apos; is not a valid firmware ID</source>
        <translation>&apos;%1&apos; 不是有效的固件ID</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="97"/>
        <source>--output must be text, json or csv</source>
        <translation>--output 必须为 text、json 或 csv</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="126"/>
        <source>ERROR: %1 (firmware %2)</source>
        <translation>错误：%1（固件 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/JobsCommand.cpp" line="194"/>
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln 个升级批次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../app/core/util/JsonFormatter.cpp" line="36"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="17"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="20"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="20"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="49"/>
        <source>Move to the next or previous field, list or dock</source>
        <translation>移到下一个或上一个输入框、列表或停靠窗口</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="49"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Press a button or go to a field</source>
        <translation>按下按钮或转到输入框</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + 带下划线的字母</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Next or previous tab of the batch</source>
        <translation>升级批次的下一个或上一个标签页</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab、Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Watch list: open the selected batch</source>
        <translation>关注列表：打开所选升级批次</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="53"/>
        <source>Watch list: stop watching the selected batches</source>
        <translation>关注列表：不再关注所选升级批次</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="53"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Timeline: select a batch, open it</source>
        <translation>时间线：选择升级批次、打开</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Up, Down, Enter</source>
        <translation>↑、↓、Enter</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>Timeline: zoom in, zoom out</source>
        <translation>时间线：放大、缩小</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>+, −</source>
        <translation>+、−</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Timeline: scroll, show this week</source>
        <translation>时间线：滚动、显示本周</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Left, Right, Home</source>
        <translation>←、→、Home</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Quick open: choose, open, close</source>
        <translation>快速打开：选择、打开、关闭</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Up, Down, Enter, Escape</source>
        <translation>↑、↓、Enter、Esc</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="59"/>
        <source>In lists and views</source>
        <translation>列表和视图中</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../app/core/auth/KeychainCredentialStore.cpp" line="44"/>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>KnownBatchesModel</name>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="92"/>
        <source>Watched</source>
        <translation>已关注</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="94"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="96"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="98"/>
        <source>Discovery</source>
        <translation>浏览</translation>
    </message>
</context>
<context>
    <name>LintBadgeBar</name>
    <message>
        <location filename="../ui/LintBadgeBar.cpp" line="185"/>
        <source>Fields: %1</source>
        <comment>the batch fields a finding concerns</comment>
        <translation>相关字段：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="26"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>Query &amp;Batch</source>
        <translation>查询升级批次(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Language and other settings</source>
        <translation>语言等设置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="83"/>
        <source>&amp;Open Batch…</source>
        <translation>打开升级批次(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="84"/>
        <source>Find a batch by its JobId, name or profile among the watched, recent, recorded and discovered ones</source>
        <translation>按JobId、名称或配置，在已关注、最近、历史记录和浏览中加载的升级批次里查找</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="88"/>
        <source>&amp;Watch This Batch</source>
        <translation>关注此升级批次(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Add the batch shown to the watch list</source>
        <translation>将显示的升级批次加入关注列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="93"/>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="94"/>
        <source>Find any action of the menus, or a batch, by typing part of its name</source>
        <translation>输入名称的一部分，查找菜单中的操作或升级批次</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>Go to Batch &amp;ID Field</source>
        <translation>转到升级批次ID输入框(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>De&amp;vices</source>
        <translation>设备(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;Filter Devices by Name</source>
        <translation>按设备名称筛选(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Refresh Watch List</source>
        <translation>刷新关注列表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>Reset &amp;Layout</source>
        <translation>重置布局(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Put the docks, the window and the columns back where they were at the first start</source>
        <translation>将停靠窗口、窗口和列恢复为首次启动时的样子</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="131"/>
        <source>Copy &amp;Link</source>
        <translation>复制链接(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="135"/>
        <source>&amp;About OtaDash</source>
        <translation>关于 OtaDash(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>About OtaDash</source>
        <translation>关于 OtaDash</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A dashboard for the OTA update batches of IoT Platform.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;物联网平台 OTA 升级批次的仪表板。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="438"/>
        <source>Enter the batch ID (JobId) to query.</source>
        <translation>请输入要查询的升级批次ID（JobId）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1026"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1028"/>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="467"/>
        <source>Query of %1 failed.</source>
        <translation>查询 %1 失败。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Batch %1 loaded.</source>
        <translation>已加载升级批次 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Querying batch %1…</source>
        <translation>正在查询升级批次 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1002"/>
        <source>A request is under way</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="768"/>
        <source>Profile %1 in use.</source>
        <translation>正在使用配置 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>No batch opened with this profile yet</source>
        <translation>尚未用此配置打开过升级批次</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Clear This List</source>
        <translation>清空此列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>The layout is back as it was at the first start.</source>
        <translation>布局已恢复为首次启动时的样子。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>%1 of %2 requests a minute</source>
        <translation>每分钟 %1 / %2 个请求</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Requests sent in the last minute, against the rate chosen in Preferences (%1 a second; the account allows %2 a second, shared by all its RAM users and tools). The watch list may use %3 a minute.</source>
        <translation>最近一分钟发送的请求数，对比首选项中选择的速率（每秒 %1 个；账号上限为每秒 %2 个，由其所有 RAM 用户和工具共享）。关注列表每分钟最多可用 %3 个。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Every time in this window is written in this zone: the computer&apos;s, or UTC (File ▸ Preferences ▸ Show times in UTC).</source>
        <translation>此窗口中的所有时间均以该时区显示：本机时区或 UTC（文件 ▸ 首选项 ▸ 以 UTC 显示时间）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Query a batch first: the link opens the batch shown.</source>
        <translation>请先查询升级批次：链接打开显示的升级批次。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="547"/>
        <source>Batch %1 has no link: %2</source>
        <translation>升级批次 %1 没有链接：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Copy a link that opens batch %1 (it holds no AccessKey and no secret).</source>
        <translation>复制打开升级批次 %1 的链接（不含 AccessKey，也不含密钥）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Copy a link that opens batch %1 with profile %2 (it holds no AccessKey and no secret).</source>
        <translation>复制用配置 %2 打开升级批次 %1 的链接（不含 AccessKey，也不含密钥）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Copied the link to batch %1: %2</source>
        <translation>已复制升级批次 %1 的链接：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="594"/>
        <source>Could not open the link: %1</source>
        <translation>无法打开链接：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>There is no profile named %1 here: batch %2 is read with the profile in use.</source>
        <translation>此处没有名为 %1 的配置：升级批次 %2 用当前配置读取。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="690"/>
        <source>Could not renew the temporary credentials of profile %1 (%2); trying again while the current ones last.</source>
        <translation>无法续期配置 %1 的临时凭据（%2）；在当前凭据有效期内将继续重试。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>The temporary credentials of profile %1 are renewed.</source>
        <translation>配置 %1 的临时凭据已续期。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="739"/>
        <source>Write actions are allowed with profile %1: they act on the embedded simulator only.</source>
        <translation>已允许用配置 %1 执行写操作：只作用于嵌入的模拟器。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="742"/>
        <source>Profile %1 is read-only again: it may only query.</source>
        <translation>配置 %1 重新变为只读：只能查询。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="782"/>
        <source>Reading the profile&apos;s secret from the keychain…</source>
        <translation>正在从钥匙串读取配置的密钥…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="955"/>
        <source>OtaDash keeps watching</source>
        <translation>OtaDash 继续关注</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="956"/>
        <source>The watch list goes on refreshing in the background, with its notifications. Open or quit OtaDash from its tray icon.</source>
        <translation>关注列表在后台继续刷新并发出通知。可通过托盘图标打开或退出 OtaDash。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008"/>
        <source>Pro&amp;files…</source>
        <translation>配置(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1010"/>
        <source>Allow Write Actions in the &amp;Demo</source>
        <translation>在演示中允许写操作(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1012"/>
        <source>Profile %1 is read-only while this is off. On, canceling, upgrading again and confirming device tasks are sent to the embedded simulator; never to a real account. Not remembered.</source>
        <translation>关闭时配置 %1 为只读。打开后，取消、重新升级和确认设备任务会发送到嵌入的模拟器，绝不会发送到真实账号。此设置不会保存。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Discovery</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1020"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Watch list (%n changed)</source>
        <translation>
            <numerusform>关注列表（%n 个有变化）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Watch list</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Not added to the batch history: %1</source>
        <translation>未添加到升级批次历史记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>The batch history is off: %1</source>
        <translation>升级批次历史记录已停用：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="982"/>
        <source>Batch %1 is watched with profile %2: switch to that profile to compare it.</source>
        <translation>升级批次 %1 使用配置 %2 监视：请切换到该配置后再比较。</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../app/core/auth/MemoryCredentialStore.cpp" line="11"/>
        <source>memory, for this session only</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>OtaCancelCalls</name>
    <message>
        <location filename="../app/core/api/OtaCancelCalls.cpp" line="47"/>
        <source>The answer does not say whether the action succeeded. Query the batch to see what changed.</source>
        <translation>响应中未说明操作是否成功。请查询升级批次，查看发生了哪些变化。</translation>
    </message>
</context>
<context>
    <name>OtaEnums</name>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="23"/>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="24"/>
        <source>The update batch is being planned: it is created, but the scheduled time has not arrived. Only static update batches report this status.</source>
        <translation>计划中。批次已创建，但是定时时间未到。仅定时静态升级的批次可能返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="27"/>
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="28"/>
        <source>The update batch is running.</source>
        <translation>升级批次执行中。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="29"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="30"/>
        <source>The update batch is completed.</source>
        <translation>升级批次已完成。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="31"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="32"/>
        <source>The update batch is canceled.</source>
        <translation>升级批次已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="35"/>
        <source>Firmware verification</source>
        <translation>升级包验证批次</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="36"/>
        <source>The batch verifies the update package.</source>
        <translation>升级包验证批次：验证升级包。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="37"/>
        <source>Batch update</source>
        <translation>批量升级批次</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="38"/>
        <source>The batch updates devices.</source>
        <translation>批量升级批次：对设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="40"/>
        <source>Static update</source>
        <translation>静态升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="41"/>
        <source>Static update: the batch was created with CreateOTAStaticUpgradeJob.</source>
        <translation>静态升级。调用 CreateOTAStaticUpgradeJob 创建的升级批次，该参数返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="44"/>
        <source>Dynamic update</source>
        <translation>动态升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="45"/>
        <source>Dynamic update: the batch was created with CreateOTADynamicUpgradeJob.</source>
        <translation>动态升级。调用 CreateOTADynamicUpgradeJob 创建的升级批次，该参数返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="49"/>
        <source>All devices</source>
        <translation>全量升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="50"/>
        <source>Updates all devices. Dynamic update batches always report this value.</source>
        <translation>全量升级。调用 CreateOTADynamicUpgradeJob 创建的动态升级批次，该参数仅返回 ALL。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="54"/>
        <source>Specified devices</source>
        <translation>定向升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="55"/>
        <source>Updates specified devices.</source>
        <translation>定向升级：对指定的设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="57"/>
        <source>Phased (gray) update</source>
        <translation>灰度升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="58"/>
        <source>Performs a phased update.</source>
        <translation>灰度升级：按灰度比例对设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="61"/>
        <source>Keep upgrading matching devices</source>
        <translation>持续升级满足条件的设备</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="62"/>
        <source>Constantly updates the devices that meet the conditions.</source>
        <translation>除了升级当前满足升级条件的设备，还将持续检查设备是否满足升级条件，对满足升级条件的设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="64"/>
        <source>Only newly reported versions</source>
        <translation>仅后续上报新版本号的设备</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="65"/>
        <source>Updates only the devices that subsequently submit the latest firmware versions.</source>
        <translation>仅对后续上报新版本号的设备生效。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="69"/>
        <source>Don&apos;t overwrite</source>
        <translation>不覆盖</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="70"/>
        <source>The previous update task is not overwritten: a device that already has an update task carries out that task.</source>
        <translation>不覆盖。若设备已有升级任务，则只执行已有任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="73"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="74"/>
        <source>The previous update task is overwritten: only the current update task is carried out. A task in progress is never overwritten.</source>
        <translation>覆盖。设备只执行新的升级任务。不覆盖升级中的任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="78"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="83"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="90"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="79"/>
        <source>The update must be confirmed in your mobile app.</source>
        <translation>需要通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="80"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="86"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="94"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="81"/>
        <source>The update needs no confirmation in your mobile app.</source>
        <translation>无需通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="84"/>
        <source>IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>物联网平台自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="87"/>
        <source>IoT Platform does not push the update tasks to the devices automatically.</source>
        <translation>物联网平台不自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="91"/>
        <source>The device supports simultaneous updates of multiple modules.</source>
        <translation>设备支持多个模块同时升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="95"/>
        <source>The device does not support simultaneous updates of multiple modules (the default).</source>
        <translation>设备不支持多个模块同时升级（默认）。</translation>
    </message>
</context>
<context>
    <name>OtaJobParser</name>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="28"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="402"/>
        <source>The response body is empty.</source>
        <translation>响应正文为空。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="78"/>
        <source>Unknown field %1 ignored.</source>
        <translation>已忽略未知字段 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="85"/>
        <source>Field %1 appears more than once; the last one is used.</source>
        <translation>字段 %1 出现了多次；使用最后一个。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="117"/>
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="124"/>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="187"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="130"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="138"/>
        <source>an ISO 8601 UTC time</source>
        <translation>ISO 8601 格式的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="170"/>
        <source>Field %1: &quot;%2&quot; is not %3; the value is kept as text only.</source>
        <translation>字段 %1：“%2”不是%3；该值仅作为文本保留。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="179"/>
        <source>Field %1: undocumented value &quot;%2&quot; kept as received.</source>
        <translation>字段 %1：文档中未记载的值“%2”按收到的原样保留。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="216"/>
        <source>Success is &quot;%1&quot;, neither true nor false.</source>
        <translation>Success 为“%1”，既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="222"/>
        <source>The response reports success but carries no Data.</source>
        <translation>响应表示成功，但没有 Data。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="348"/>
        <source>a list of versions</source>
        <translation>版本列表</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="358"/>
        <source>a list of tags</source>
        <translation>标签列表</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="367"/>
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="376"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="467"/>
        <source>The XML response is malformed at line %1, column %2: %3.</source>
        <translation>XML 响应在第 %1 行第 %2 列格式错误：%3。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="549"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="414"/>
        <source>The JSON response is malformed at byte %1: %2.</source>
        <translation>JSON 响应在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="555"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="420"/>
        <source>The JSON response is not an object.</source>
        <translation>JSON 响应不是对象。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="570"/>
        <source>The Data member is not an object.</source>
        <translation>Data 成员不是对象。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="599"/>
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;QueryOTAJobResponse&gt;.</source>
        <translation>XML 响应的根元素为 &lt;%1&gt;；应为 &lt;QueryOTAJobResponse&gt;。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="612"/>
        <source>Data appears more than once; the fields are merged.</source>
        <translation>Data 出现了多次；字段已合并。</translation>
    </message>
</context>
<context>
    <name>OtaListCalls</name>
    <message>
        <location filename="../app/core/api/ListCalls.h" line="41"/>
        <source>The list could not be read from the response: %1</source>
        <translation>无法从响应中读取列表：%1</translation>
    </message>
</context>
<context>
    <name>OtaListParser</name>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="339"/>
        <source>The member %1 is not an object.</source>
        <translation>成员 %1 不是对象。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="365"/>
        <source>The paging field %1 is not a count: &quot;%2&quot;.</source>
        <translation>分页字段 %1 不是计数：&quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="387"/>
        <source>The response reports success but carries no list.</source>
        <translation>响应表示成功，但不包含列表。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="393"/>
        <source>The member %1 is not a list of objects.</source>
        <translation>成员 %1 不是对象列表。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="484"/>
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;%2&gt;.</source>
        <translation>XML 响应的根元素是 &lt;%1&gt;，应为 &lt;%2&gt;。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="439"/>
        <source>elements nested too deeply</source>
        <translation>元素嵌套过深</translation>
    </message>
</context>
<context>
    <name>OtadashCli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>Usage: otadash-cli COMMAND [options]</source>
        <translation>用法：otadash-cli COMMAND [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>The headless commands of OtaDash, the dashboard for the OTA update batches of Alibaba Cloud IoT Platform.</source>
        <translation>OtaDash（阿里云物联网平台 OTA 升级批次的仪表板）的无界面命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Query batches and print them.</source>
        <translation>查询升级批次并输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>List the device tasks of a batch.</source>
        <translation>列出升级批次的设备任务。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>List the batches of a firmware.</source>
        <translation>列出固件的升级批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>Show one device: online state, reported versions, OTA tasks.</source>
        <translation>显示一台设备：在线状态、上报的版本、OTA 任务。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Upgrade failed devices again (without --yes: only say what would be sent).</source>
        <translation>重新升级失败的设备（不带 --yes 时只显示将发送的内容）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Confirm tasks that wait for confirmation.</source>
        <translation>确认等待确认的任务。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>Check that the devices of succeeded tasks report the new version.</source>
        <translation>检查成功任务的设备是否上报了新版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>Where rollouts stand: counts, % complete, failure rate and finish estimate.</source>
        <translation>升级进展：数量、完成率、失败率和预计完成时间。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>The write actions sent from this computer, with their RequestIds.</source>
        <translation>从这台计算机发送的写操作及其 RequestId。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>The fetches of a batch recorded on this computer.</source>
        <translation>本机记录的升级批次获取记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>Write the sign-off report of a batch.</source>
        <translation>写入升级批次的签核报告。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Manage the profiles; their secrets stay in the system keychain.</source>
        <translation>管理配置；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="87"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="88"/>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>Language of the help and messages: en, ja or zh_CN.</source>
        <translation>帮助和消息的语言：en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="90"/>
        <source>Run &apos;otadash-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>运行 &apos;otadash-cli COMMAND --help&apos; 查看命令的选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="91"/>
        <source>Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response, 4 keychain unusable, 5 report file or audit log not written.</source>
        <translation>退出码：0 成功，1 用法错误，2 API 错误，3 传输错误或响应格式错误，4 钥匙串不可用，5 报告文件或审计日志未写入。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="108"/>
        <source>otadash-cli: %1</source>
        <translation>otadash-cli：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>Run &apos;otadash-cli --help&apos; for the commands.</source>
        <translation>运行 &apos;otadash-cli --help&apos; 查看命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN</source>
        <translation>--lang 不支持语言 &apos;%1&apos;；请使用 en、ja 或 zh_CN</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知的选项 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知的命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="157"/>
        <source>otadash-cli report: the report is written by otadash-report, which cannot be started as %1: %2</source>
        <translation>otadash-cli report：报告由 otadash-report 写入，但无法以 %1 启动：%2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../app/report/PdfReportWriter.cpp" line="282"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>PollPlan</name>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="22"/>
        <source>%n min</source>
        <comment>an interval in minutes</comment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="23"/>
        <source>%n s</source>
        <comment>an interval in seconds</comment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="108"/>
        <source>Refreshing %Ln batch(es) every %1 needs %2 requests a minute, more than the %3 the watch list may use (three quarters of the rate chosen in Preferences): they are refreshed every %4 instead.</source>
        <translation>
            <numerusform>每 %1 刷新 %Ln 个批次需要每分钟 %2 个请求，超过关注列表可用的 %3 个（首选项中所选速率的四分之三）：改为每 %4 刷新一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="7"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="14"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="20"/>
        <source>The language of menus, the batch form, messages and the headless query&apos;s text output.</source>
        <translation>菜单、升级批次表单、消息以及无界面查询文本输出所用的语言。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="25"/>
        <source>Every open window switches at once; dates and numbers follow the language. OtaDash remembers the choice.</source>
        <translation>所有打开的窗口会立即切换，日期和数字也随语言变化。OtaDash 会记住此选择。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="31"/>
        <source>&amp;Requests per second:</source>
        <translation>每秒请求数(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="37"/>
        <source>The most requests OtaDash sends per second with one AccessKey.</source>
        <translation>OtaDash 使用同一个 AccessKey 每秒最多发送的请求数。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="45"/>
        <source>The account allows 10 requests per second, shared by all its RAM users and tools. Choose fewer to leave room for them.</source>
        <translation>账号每秒最多允许 10 个请求，由其所有 RAM 用户和工具共享。选择较小的值可为它们留出余量。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="51"/>
        <source>Keep &amp;history for:</source>
        <translation>历史记录保留时间(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="57"/>
        <source>How long OtaDash keeps the batches and task counts it fetched, for the History tab and &quot;Changed since you last looked&quot;. Older ones are deleted when you apply.</source>
        <translation>OtaDash 为“历史记录”选项卡和“自上次查看以来的变化”保留所获取的升级批次和任务数的时间。应用后，更早的记录将被删除。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="64"/>
        <source>&amp;Clear history…</source>
        <translation>清除历史记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="65"/>
        <source>Deletes every fetch OtaDash recorded, for every profile and batch.</source>
        <translation>删除 OtaDash 为所有配置和升级批次记录的全部获取结果。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="85"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="182"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>额外的 CA 证书(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="188"/>
        <source>none: the system&apos;s certificate authorities only</source>
        <translation>无：仅使用系统的证书颁发机构</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="189"/>
        <source>A PEM file with the certificate authority your company inspects TLS with. OtaDash trusts it besides the system&apos;s, for the IoT and STS endpoints, and never ignores a certificate error.</source>
        <translation>贵公司用于检查 TLS 的证书颁发机构的 PEM 文件。对于 IoT 和 STS 接入点，OtaDash 在系统证书颁发机构之外也信任它，并且从不忽略证书错误。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="194"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="89"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="90"/>
        <source>The desktop&apos;s proxy settings; on Linux https_proxy, http_proxy and no_proxy first.</source>
        <translation>桌面的代理设置；在 Linux 上优先使用 https_proxy、http_proxy 和 no_proxy。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="95"/>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="100"/>
        <source>&amp;Manual proxy:</source>
        <translation>手动代理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="112"/>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="121"/>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="134"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="149"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="155"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="160"/>
        <source>&amp;Except for:</source>
        <translation>例外(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="167"/>
        <source>Hosts reached directly: names, .suffix for a domain and its subdomains, addresses or subnets, separated by commas.</source>
        <translation>直接访问的主机：主机名、表示域名及其子域名的 .suffix、地址或子网，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="101"/>
        <source>Extra CA certificates</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="102"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="182"/>
        <source>An HTTP proxy is used as a tunnel (CONNECT) only. Its password is asked for when the proxy wants it and kept in the system keychain.</source>
        <translation>HTTP 代理仅用作隧道（CONNECT）。代理要求时才询问密码，并保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="204"/>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="207"/>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="210"/>
        <source>90 days</source>
        <translation>90 天</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="213"/>
        <source>1 year</source>
        <translation>1 年</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="216"/>
        <source>Forever</source>
        <translation>永久</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="233"/>
        <location filename="../ui/PreferencesDialog.cpp" line="240"/>
        <source>Clear history</source>
        <translation>清除历史记录</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="234"/>
        <source>Clear the local history of every batch?</source>
        <translation>要清除所有升级批次的本地历史记录吗？</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="237"/>
        <source>OtaDash forgets every fetch and task count it recorded, for every profile. The History tab and &quot;Changed since you last looked&quot; start again from the next query. This cannot be undone.</source>
        <translation>OtaDash 将删除为所有配置记录的全部获取结果和任务数。“历史记录”选项卡和“自上次查看以来的变化”将从下次查询起重新记录。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="249"/>
        <source>The history could not be cleared: %1</source>
        <translation>无法清除历史记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="252"/>
        <source>The history is cleared.</source>
        <translation>历史记录已清除。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="270"/>
        <source>Enter the proxy&apos;s host name or address, or choose another option.</source>
        <translation>请输入代理的主机名或地址，或选择其他选项。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="315"/>
        <source>Older history could not be deleted: %1</source>
        <translation>无法删除较早的历史记录：%1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="347"/>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续关注(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="348"/>
        <source>Sho&amp;w times in UTC (otherwise in this computer&apos;s time zone, %1)</source>
        <translation>以 UTC 显示时间(&amp;W)（否则使用本机时区 %1）</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="351"/>
        <source>The watch list goes on refreshing and notifying; open or quit OtaDash from its tray icon.</source>
        <translation>关注列表继续刷新并发出通知；可通过托盘图标打开或退出 OtaDash。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="353"/>
        <source>This desktop has no system tray: closing the window quits OtaDash.</source>
        <translation>此桌面没有系统托盘：关闭窗口将退出 OtaDash。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="354"/>
        <source>Mark as st&amp;alled after:</source>
        <translation>判定为停滞的时间(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="355"/>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="356"/>
        <source>A running batch on the watch list is marked stalled when no device has finished for this long.</source>
        <translation>关注列表中运行中的批次在这段时间内没有设备完成时标记为停滞。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="106"/>
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="117"/>
        <source>List the profiles (never their secrets); * marks the last used one.</source>
        <translation>列出配置（从不显示密钥）；* 表示最近使用的配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="120"/>
        <source>Remove a profile and its keychain entries.</source>
        <translation>删除配置及其钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="127"/>
        <source>Secrets are kept in the system keychain only. Exit codes: 0 done, 1 usage, 4 keychain unusable (nothing saved), 5 settings not writable.</source>
        <translation>密钥只保存在系统钥匙串中。退出码：0 完成，1 用法错误，4 钥匙串不可用（未保存任何内容），5 设置不可写。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="136"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="138"/>
        <source>The AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="138"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="143"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="161"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139"/>
        <source>The region, e.g. cn-shanghai.</source>
        <translation>地域，例如 cn-shanghai。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139"/>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="141"/>
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>用于替代 https://iot.&lt;region&gt;.aliyuncs.com/ 的自定义接入点 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="142"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="166"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="143"/>
        <source>The IotInstanceId.</source>
        <translation>IotInstanceId。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="144"/>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147"/>
        <source>STS credentials: a SecurityToken follows the secret on standard input.</source>
        <translation>STS 凭据：标准输入中密钥之后跟随 SecurityToken。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="150"/>
        <source>Assume this RAM role (acs:ram::&lt;account&gt;:role/&lt;name&gt;) with the AccessKey.</source>
        <translation>用该 AccessKey 扮演此 RAM 角色（acs:ram::&lt;账号&gt;:role/&lt;名称&gt;）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="150"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="153"/>
        <source>The role session&apos;s name (default %1).</source>
        <translation>角色会话名称（默认 %1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="155"/>
        <source>Seconds the temporary credentials last, %1 to the role&apos;s maximum (default %2).</source>
        <translation>临时凭据的有效秒数，%1 到角色的最大值（默认 %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="159"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="161"/>
        <source>The external ID the role&apos;s trust policy requires.</source>
        <translation>角色信任策略要求的外部 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="162"/>
        <source>A JSON policy that narrows the role.</source>
        <translation>收窄角色权限的 JSON 策略。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="163"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="165"/>
        <source>The STS endpoint (default https://sts.&lt;region&gt;.aliyuncs.com/).</source>
        <translation>STS 接入地址（默认 https://sts.&lt;region&gt;.aliyuncs.com/）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="169"/>
        <source>The profile only reads: no write action (cancel, retry, confirm) is sent with it.</source>
        <translation>此配置只读：不会用它发送写操作（取消、重试、确认）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="171"/>
        <source>Remove the profile even when its keychain entries cannot be removed.</source>
        <translation>即使无法删除其钥匙串条目，也删除该配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="172"/>
        <source>The aliyun CLI configuration to import.</source>
        <translation>要导入的 aliyun CLI 配置文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="172"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="193"/>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>未知子命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="206"/>
        <source>give the profile&apos;s name</source>
        <translation>请指定配置名称</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="207"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="209"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="223"/>
        <source>--signature must be v1 or v3</source>
        <translation>--signature 必须为 v1 或 v3</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="228"/>
        <source>--access-key-id is required</source>
        <translation>必须指定 --access-key-id</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="233"/>
        <source>--sts and --ram-role-arn exclude each other</source>
        <translation>--sts 与 --ram-role-arn 不能同时使用</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="241"/>
        <source>--duration takes a number of seconds</source>
        <translation>--duration 须为秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="251"/>
        <source>--%1 needs --ram-role-arn</source>
        <translation>--%1 需要 --ram-role-arn</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="261"/>
        <source>the Environment profile comes from the ALIBABA_CLOUD_* variables; unset them instead</source>
        <translation>Environment 配置来自 ALIBABA_CLOUD_* 变量；请改为取消设置这些变量</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="265"/>
        <source>there is no profile named &apos;%1&apos;</source>
        <translation>没有名为 &apos;%1&apos; 的配置</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="336"/>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="344"/>
        <source>STS SecurityToken:</source>
        <translation>STS SecurityToken：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="357"/>
        <source>cannot store the secret</source>
        <translation>无法存储密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="358"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="372"/>
        <source>Profile &apos;%1&apos; saved; its secret is in %2.</source>
        <translation>已保存配置 &apos;%1&apos;；其密钥位于%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="96"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="456"/>
        <source>otadash-cli profile: %1</source>
        <translation>otadash-cli profile：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="97"/>
        <source>Run &apos;otadash-cli profile --help&apos; for the subcommands.</source>
        <translation>运行 &apos;otadash-cli profile --help&apos; 查看子命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="105"/>
        <source>Usage: otadash-cli profile SUBCOMMAND [options]</source>
        <translation>用法：otadash-cli profile SUBCOMMAND [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="180"/>
        <source>Usage: otadash-cli profile add NAME --access-key-id ID [options] &lt; secret</source>
        <translation>用法：otadash-cli profile add NAME --access-key-id ID [选项] &lt; secret</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="183"/>
        <source>Usage: otadash-cli profile list</source>
        <translation>用法：otadash-cli profile list</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="187"/>
        <source>Usage: otadash-cli profile remove NAME [--force]</source>
        <translation>用法：otadash-cli profile remove NAME [--force]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="191"/>
        <source>Usage: otadash-cli profile import-aliyun [--file PATH]</source>
        <translation>用法：otadash-cli profile import-aliyun [--file PATH]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="308"/>
        <source>otadash-cli profile: %1: %2</source>
        <translation>otadash-cli profile：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="338"/>
        <source>otadash-cli profile: no AccessKey secret on standard input</source>
        <translation>otadash-cli profile：标准输入中没有 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="346"/>
        <source>otadash-cli profile: --sts needs the SecurityToken on the line after the secret</source>
        <translation>otadash-cli profile：--sts 需要在密钥的下一行提供 SecurityToken</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="364"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="436"/>
        <source>otadash-cli profile: cannot write %1</source>
        <translation>otadash-cli profile：无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="385"/>
        <source>No profiles. Add one with &apos;otadash-cli profile add&apos; or &apos;otadash-cli profile import-aliyun&apos;.</source>
        <translation>没有配置。请用 &apos;otadash-cli profile add&apos; 或 &apos;otadash-cli profile import-aliyun&apos; 添加。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="153"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="392"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="112"/>
        <source>Save a profile; the AccessKey secret (then, with --sts, the SecurityToken) is read from standard input. With --ram-role-arn the AccessKey assumes that RAM role and requests are signed with the temporary credentials STS returns.</source>
        <translation>保存配置；AccessKey Secret（使用 --sts 时随后是 SecurityToken）从标准输入读取。使用 --ram-role-arn 时，该 AccessKey 会扮演此 RAM 角色，请求用 STS 返回的临时凭据签名。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="123"/>
        <source>Import the AK, StsToken and RamRoleArn profiles of the aliyun CLI (default ~/.aliyun/config.json).</source>
        <translation>导入 aliyun CLI 的 AK、StsToken 和 RamRoleArn 配置（默认 ~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="392"/>
        <source>REGION/ENDPOINT</source>
        <translation>REGION/ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="392"/>
        <source>INSTANCE</source>
        <translation>INSTANCE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="393"/>
        <source>ACCESS KEY ID</source>
        <translation>ACCESS KEY ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="393"/>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="393"/>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="394"/>
        <source>RAM ROLE</source>
        <translation>RAM 角色</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="399"/>
        <source>(environment, read-only)</source>
        <translation>（环境变量，只读）</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="402"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="402"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="428"/>
        <source>cannot remove the keychain entries of &apos;%1&apos;</source>
        <translation>无法删除 &apos;%1&apos; 的钥匙串条目</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="429"/>
        <source>The profile was kept; --force removes it anyway (its keychain entries stay).</source>
        <translation>配置已保留；--force 可强制删除（其钥匙串条目会保留）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="441"/>
        <source>Profile &apos;%1&apos; and its keychain entries removed.</source>
        <translation>已删除配置 &apos;%1&apos; 及其钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="443"/>
        <source>warning: the keychain entries of &apos;%1&apos; stay: %2</source>
        <translation>警告：&apos;%1&apos; 的钥匙串条目仍然保留：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="446"/>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>已删除配置 &apos;%1&apos;。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="461"/>
        <source>%1 has no profiles.</source>
        <translation>%1 中没有配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="471"/>
        <source>imported  %1 as profile &apos;%2&apos;</source>
        <translation>已导入：%1 → 配置 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="474"/>
        <source>updated   %1 in profile &apos;%2&apos;</source>
        <translation>已更新：%1 → 配置 &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="477"/>
        <source>skipped   %1: %2</source>
        <translation>已跳过：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="480"/>
        <source>failed    %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="491"/>
        <source>cannot store the imported secrets</source>
        <translation>无法存储导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="492"/>
        <source>The remaining profiles were not imported.</source>
        <translation>其余配置未导入。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="6"/>
        <location filename="../ui/ProfileDialog.ui" line="14"/>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="19"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="20"/>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="21"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="26"/>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="27"/>
        <source>Import the AK, StsToken and RamRoleArn profiles of ~/.aliyun/config.json; their secrets go straight to the keychain.</source>
        <translation>导入 ~/.aliyun/config.json 中的 AK、StsToken 和 RamRoleArn 配置；其密钥直接存入钥匙串。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="33"/>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="47"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="49"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="51"/>
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="52"/>
        <source>https://iot.cn-shanghai.aliyuncs.com/</source>
        <translation>https://iot.cn-shanghai.aliyuncs.com/</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="53"/>
        <source>I&amp;nstance ID:</source>
        <translation>实例ID(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="54"/>
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>可选，例如：iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="55"/>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="57"/>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="61"/>
        <location filename="../ui/ProfileDialog.cpp" line="706"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="64"/>
        <source>Temporary &amp;STS credentials (with a SecurityToken)</source>
        <translation>临时 STS 凭据（含 SecurityToken）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="65"/>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="67"/>
        <source>Assume a RA&amp;M role with this AccessKey</source>
        <translation>用此 AccessKey 扮演 RAM 角色(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="67"/>
        <source>OtaDash calls STS AssumeRole with this AccessKey and signs every request with the temporary credentials it returns, renewed before they expire. They are kept in memory only.</source>
        <translation>OtaDash 用此 AccessKey 调用 STS AssumeRole，并用返回的临时凭据为每个请求签名；凭据在过期前续期，只保存在内存中。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="68"/>
        <source>Ro&amp;le ARN:</source>
        <translation>角色 ARN(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="70"/>
        <source>Sessi&amp;on name:</source>
        <translation>会话名称(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="72"/>
        <source>Valid &amp;for:</source>
        <translation>有效期(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="73"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="74"/>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="76"/>
        <source>&amp;Policy:</source>
        <translation>策略(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="78"/>
        <source>STS endpoin&amp;t:</source>
        <translation>STS 接入地址(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="80"/>
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="113"/>
        <source>&amp;Keep for this session only</source>
        <translation>仅在本次会话中保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="114"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="122"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="124"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="97"/>
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="126"/>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="128"/>
        <source>From the ALIBABA_CLOUD_* environment variables.</source>
        <translation>来自 ALIBABA_CLOUD_* 环境变量。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="137"/>
        <source>Its secret is kept for this session only.</source>
        <translation>其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="228"/>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="382"/>
        <location filename="../ui/ProfileDialog.cpp" line="564"/>
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="388"/>
        <source>Enter the SecurityToken of the STS credentials.</source>
        <translation>请输入 STS 凭据的 SecurityToken。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="419"/>
        <source>Saving the secret in %1…</source>
        <translation>正在将密钥保存到%1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="429"/>
        <source>The secret could not be saved.</source>
        <translation>无法保存密钥。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="447"/>
        <source>You can keep the secret for this session only: OtaDash holds it in memory and forgets it when it quits. Nothing is written to disk instead.</source>
        <translation>您可以仅在本次会话中保留密钥：OtaDash 将其保存在内存中，退出时即丢弃。不会改为写入磁盘。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="476"/>
        <source>Profile “%1” saved; its secret is kept for this session only.</source>
        <translation>已保存配置“%1”；其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="478"/>
        <source>Profile “%1” saved.</source>
        <translation>已保存配置“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="486"/>
        <location filename="../ui/ProfileDialog.cpp" line="495"/>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="487"/>
        <source>Delete the profile “%1” and its secret in %2?</source>
        <translation>删除配置“%1”及其在%2中的密钥？</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="496"/>
        <source>The secret could not be removed from the keychain: %1

Delete the profile anyway? Its keychain entry stays.</source>
        <translation>无法从钥匙串中删除密钥：%1

仍要删除该配置吗？其钥匙串条目将保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="503"/>
        <source>Profile “%1” deleted.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="518"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="545"/>
        <source>The copy has no secret yet (%1): enter it and save.</source>
        <translation>副本还没有密钥（%1）：请输入后保存。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="572"/>
        <source>Reading the secret…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="610"/>
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="600"/>
        <location filename="../ui/ProfileDialog.cpp" line="619"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="591"/>
        <source>Assuming role %1…</source>
        <translation>正在扮演角色 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="625"/>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="626"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="638"/>
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="640"/>
        <source>aliyun CLI configuration (config.json);;All files (*)</source>
        <translation>aliyun CLI 配置文件 (config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="650"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="673"/>
        <source>%1 as “%2”</source>
        <translation>%1，作为“%2”</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="674"/>
        <source>%1 updated “%2”</source>
        <translation>%1 更新了“%2”</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="686"/>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="688"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="694"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="697"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个配置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="703"/>
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="704"/>
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="705"/>
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="706"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="707"/>
        <source>Show or hide the secret and the token while you type them.</source>
        <translation>输入时显示或隐藏密钥和令牌。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="709"/>
        <source>These credentials come from the ALIBABA_CLOUD_* environment variables and cannot be edited here. Duplicate them to keep them as a profile.</source>
        <translation>这些凭据来自 ALIBABA_CLOUD_* 环境变量，无法在此编辑。复制后即可作为配置保存。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="714"/>
        <source>from ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>来自 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="717"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="718"/>
        <source>The secret and the token are stored in %1, never in a file.</source>
        <translation>密钥和令牌存储在%1中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="721"/>
        <source>stored; type a new one to replace it</source>
        <translation>已存储；输入新值即可替换</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="723"/>
        <source>The secret is kept for this session only.</source>
        <translation>密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="724"/>
        <source>The secret and the token are stored in %1; leave the fields empty to keep them.</source>
        <translation>密钥和令牌存储在%1中；保留现有值请将字段留空。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="82"/>
        <source>&amp;Read-only: this profile may only query</source>
        <translation>只读(&amp;R)：此配置仅可查询</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="82"/>
        <source>Actions that change batches, such as canceling device tasks, stay disabled while this profile is in use.</source>
        <translation>使用此配置时，取消设备任务等会更改升级批次的操作将保持禁用。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="141"/>
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="144"/>
        <source>A profile name has at most %1 characters.</source>
        <translation>配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="147"/>
        <source>A profile name cannot contain control characters.</source>
        <translation>配置名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="150"/>
        <source>The name &apos;%1&apos; is reserved for the credentials of the ALIBABA_CLOUD_* environment variables.</source>
        <translation>名称 &apos;%1&apos; 保留给 ALIBABA_CLOUD_* 环境变量中的凭据使用。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="154"/>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation>名为 &apos;%1&apos; 的配置已存在。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="158"/>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation>请选择地域或输入自定义接入点。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="162"/>
        <source>&apos;%1&apos; is not a region ID (for example cn-shanghai).</source>
        <translation>&apos;%1&apos; 不是地域ID（例如 cn-shanghai）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="171"/>
        <source>&apos;%1&apos; is not an instance ID: use letters, digits, &apos;-&apos; and &apos;_&apos; (for example iot-cn-0pp1n8t).</source>
        <translation>&apos;%1&apos; 不是实例ID：请使用字母、数字、&apos;-&apos; 和 &apos;_&apos;（例如 iot-cn-0pp1n8t）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="178"/>
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="181"/>
        <source>An AccessKey ID consists of letters, digits and dots only.</source>
        <translation>AccessKey ID 只能包含字母、数字和点。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="185"/>
        <source>A RAM role is assumed with a long-lived AccessKey, not with STS credentials.</source>
        <translation>RAM 角色须用长期 AccessKey 扮演，不能用 STS 凭据。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="212"/>
        <source>This profile cannot be changed here.</source>
        <translation>无法在此更改该配置。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="225"/>
        <source>There is no such profile.</source>
        <translation>没有这样的配置。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="226"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="27"/>
        <location filename="../ui/ProfileSwitcher.cpp" line="192"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="63"/>
        <source>Built in: the embedded demo endpoint and its credentials, not stored in the keychain and not editable.</source>
        <translation>内置：嵌入的演示接入点及其凭据，不保存在钥匙串中，也不能编辑。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="67"/>
        <source>Read-only: it may only query until File &gt; Allow Write Actions in the Demo is on.</source>
        <translation>只读：在打开 文件 &gt; 在演示中允许写操作 之前只能查询。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="71"/>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="81"/>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="152"/>
        <source>RAM roles cannot be assumed here.</source>
        <translation>此处无法扮演 RAM 角色。</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <location filename="../app/core/net/ProxySettings.cpp" line="85"/>
        <source>&apos;%1&apos; is not a proxy address; write it as http://host:port or socks5://host:port.</source>
        <translation>&apos;%1&apos; 不是代理地址；请写成 http://host:port 或 socks5://host:port。</translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxySettings.cpp" line="93"/>
        <source>The proxy scheme &apos;%1&apos; is not supported; use http or socks5.</source>
        <translation>不支持代理协议 &apos;%1&apos;；请使用 http 或 socks5。</translation>
    </message>
</context>
<context>
    <name>ProxyLoginDialog</name>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="17"/>
        <source>Proxy sign-in</source>
        <translation>登录代理</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="19"/>
        <source>The proxy %1:%2 asks for a user name and password. OtaDash keeps the password in the system keychain.</source>
        <translation>代理 %1:%2 要求输入用户名和密码。OtaDash 会将密码保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="33"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="34"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <location filename="../app/main.cpp" line="60"/>
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <location filename="../app/main.cpp" line="61"/>
        <source>Displays help including Qt specific options.</source>
        <translation>显示包括 Qt 特有选项的帮助。</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../ui/QueryBar.ui" line="19"/>
        <source>e.g. HvKuBpuk3rdk6E92CP****0200</source>
        <translation>例如：HvKuBpuk3rdk6E92CP****0200</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="12"/>
        <source>&amp;Batch ID (JobId):</source>
        <translation>升级批次ID (JobId)(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="25"/>
        <source>Instan&amp;ce ID:</source>
        <translation>实例ID(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="31"/>
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>可选，例如：iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="37"/>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="43"/>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="52"/>
        <source>Endpo&amp;int:</source>
        <translation>接入点(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.cpp" line="96"/>
        <source>Enter an endpoint URL, or choose a region.</source>
        <translation>请输入接入点 URL，或选择地域。</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.cpp" line="154"/>
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
</context>
<context>
    <name>QueryCommand</name>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="31"/>
        <source>Query OTA update batches (QueryOTAJob) and print them.</source>
        <translation>查询 OTA 升级批次（QueryOTAJob）并输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="36"/>
        <source>The batch ID to query; repeat for several batches.</source>
        <translation>要查询的升级批次ID；查询多个批次时重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="38"/>
        <source>Response format to request: json (default) or xml.</source>
        <translation>请求的响应格式：json（默认）或 xml。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="41"/>
        <source>json: the response body as received, keys sorted and indented; text: the fields as the form shows them.</source>
        <translation>json：按收到的响应正文输出（键已排序并缩进）；text：按表单的显示方式输出字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="121"/>
        <location filename="../app/cli/QueryCommand.cpp" line="53"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="59"/>
        <source>--format must be json or xml</source>
        <translation>--format 必须为 json 或 xml</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="63"/>
        <source>--output must be json or text</source>
        <translation>--output 必须为 json 或 text</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="104"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="109"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="113"/>
        <source>Batch %1</source>
        <translation>升级批次 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="129"/>
        <source>(not returned)</source>
        <translation>（未返回）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="130"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="66"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db 需要文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="26"/>
        <source>Usage: otadash-cli query --job-id ID [--job-id ID ...] [options]</source>
        <translation>用法：otadash-cli query --job-id ID [--job-id ID ...] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="47"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="45"/>
        <source>The history file the batches read are added to (default: the dashboard&apos;s; with --demo, the demo&apos;s).</source>
        <translation>读取的升级批次所添加到的历史记录文件（默认：仪表板的文件；使用 --demo 时为演示的文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="180"/>
        <source>warning: batch %1 was not added to the history: %2</source>
        <translation>警告：升级批次 %1 未添加到历史记录：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="170"/>
        <source>warning: the batches read were not added to the history: %1</source>
        <translation>警告：读取的升级批次未添加到历史记录：%1</translation>
    </message>
</context>
<context>
    <name>QueryOtaJob</name>
    <message>
        <location filename="../app/core/api/QueryOtaJob.cpp" line="33"/>
        <source>The batch could not be read from the response: %1</source>
        <translation>无法从响应中读取升级批次：%1</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="129"/>
        <source>Open Batch</source>
        <translation>打开升级批次</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="129"/>
        <source>Command Palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="133"/>
        <source>A JobId, a batch&apos;s name or a profile</source>
        <translation>JobId、升级批次名称或配置</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="134"/>
        <source>An action, a JobId, a batch&apos;s name or a profile</source>
        <translation>操作、JobId、升级批次名称或配置</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="142"/>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="176"/>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的项。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QuickOpenDialog.cpp" line="177"/>
        <source>%n match(es). Enter opens, Escape closes.</source>
        <translation>
            <numerusform>%n 项匹配。Enter 打开，Esc 关闭。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RamRole</name>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="35"/>
        <source>A RoleArn looks like acs:ram::1234567890123456:role/ota-reader (the role&apos;s page in the RAM console shows it).</source>
        <translation>RoleArn 形如 acs:ram::1234567890123456:role/ota-reader（RAM 控制台的角色页面会显示）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="39"/>
        <source>A session name has 2 to 64 letters, digits or . @ - _ characters.</source>
        <translation>会话名称为 2 到 64 个字母、数字或 . @ - _ 字符。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="42"/>
        <source>The session duration must be between %1 and %2 seconds (at most the role&apos;s maximum session duration).</source>
        <translation>会话有效期须在 %1 到 %2 秒之间（不超过角色的最大会话时间）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="48"/>
        <source>The policy must be a JSON policy document (an object).</source>
        <translation>策略须为 JSON 策略文档（一个对象）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="51"/>
        <source>The STS endpoint must be a URL such as %1.</source>
        <translation>STS 接入地址须为 URL，例如 %1。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="26"/>
        <source>Usage: otadash-cli report --job-id ID --format pdf|md --out FILE [--notes TEXT] [options]</source>
        <translation>用法：otadash-cli report --job-id ID --format pdf|md --out FILE [--notes TEXT] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="31"/>
        <source>Write the sign-off report of an OTA update batch: its settings, task counts, burn-up from the local history, failure reasons, lint findings and your notes. Exit code 5 when the file cannot be written.</source>
        <translation>写入 OTA 升级批次的签核报告：其设置、任务数、来自本地历史记录的燃起图、失败原因、设置检查结果以及您的备注。无法写入文件时退出码为 5。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="38"/>
        <source>The batch to report on.</source>
        <translation>要生成报告的升级批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="39"/>
        <source>pdf or md (Markdown).</source>
        <translation>pdf 或 md（Markdown）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="42"/>
        <source>The file to write; an existing file is replaced, missing folders are made.</source>
        <translation>要写入的文件；已有文件将被替换，缺少的文件夹会自动创建。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="43"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="44"/>
        <source>Free text for the report&apos;s Notes section.</source>
        <translation>报告“备注”部分的自由文本。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="44"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>The history file with the burn-up points (default: the one the dashboard keeps; with --demo the demo&apos;s).</source>
        <translation>包含燃起图数据点的历史记录文件（默认：仪表板保存的文件；使用 --demo 时为演示的文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="48"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="54"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="59"/>
        <source>--format is required: pdf or md</source>
        <translation>必须指定 --format：pdf 或 md</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="62"/>
        <source>--format must be pdf or md</source>
        <translation>--format 必须为 pdf 或 md</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="66"/>
        <source>--out is required</source>
        <translation>必须指定 --out</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="71"/>
        <source>--out names a folder: %1</source>
        <translation>--out 指定的是文件夹：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="88"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="105"/>
        <source>otadash-cli report: no history at %1; the report has no burn-up chart.</source>
        <translation>otadash-cli report：%1 中没有历史记录；报告中不含燃起图。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="111"/>
        <source>otadash-cli report: the history at %1 cannot be read (%2); the report has no burn-up chart.</source>
        <translation>otadash-cli report：无法读取 %1 中的历史记录（%2）；报告中不含燃起图。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="120"/>
        <source>otadash-cli report: the history holds no task counts of batch %1 for %2; the report has no burn-up chart.</source>
        <translation>otadash-cli report：历史记录中没有 %2 的升级批次 %1 的任务数；报告中不含燃起图。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="129"/>
        <source>otadash-cli report: %1</source>
        <translation>otadash-cli report：%1</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="61"/>
        <source>Sign-off report: %1</source>
        <translation>签核报告：%1</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="87"/>
        <source>Batch</source>
        <translation>升级批次</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="89"/>
        <source>Times are in %1.</source>
        <translation>时间均为 %1。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="98"/>
        <source>The batch has no tags.</source>
        <translation>该升级批次没有标签。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="108"/>
        <source>The response carried no schedule times.</source>
        <translation>响应中不含计划时间。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="113"/>
        <source>Device tasks</source>
        <translation>设备任务</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="115"/>
        <source>The task counts could not be read.</source>
        <translation>无法读取任务数。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="127"/>
        <location filename="../app/report/ReportLayout.cpp" line="145"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="134"/>
        <source>Counted at %1.</source>
        <translation>统计时间：%1。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="137"/>
        <source>Burn-up</source>
        <translation>燃起图</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="139"/>
        <source>No history of task counts has been recorded for this batch on this computer, so there is no burn-up chart.</source>
        <translation>本机未记录该升级批次的任务数历史，因此没有燃起图。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="144"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="144"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="153"/>
        <source>%1 of %2 recorded points are listed.</source>
        <translation>已列出记录的 %2 个点中的 %1 个。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="166"/>
        <source>Failure reasons</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="173"/>
        <source>The reasons of the %1 failed tasks could not be read.</source>
        <translation>无法读取 %1 个失败任务的原因。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="174"/>
        <source>No device task has failed.</source>
        <translation>没有失败的设备任务。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="183"/>
        <source>Counted from %1 of %2 failed tasks.</source>
        <translation>根据 %2 个失败任务中的 %1 个统计。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="186"/>
        <source>an unknown time</source>
        <translation>未知时间</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="188"/>
        <source>The failure reasons were read at %1, when %2 device tasks had failed; the task counts above were read at %3, when %4 had failed. Device tasks changed status between the two reads.</source>
        <translation>失败原因读取于 %1，当时有 %2 个设备任务失败；上方的任务数读取于 %3，当时有 %4 个失败。两次读取之间设备任务的状态发生了变化。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="197"/>
        <source>Verified success</source>
        <translation>成功验证</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="199"/>
        <source>The devices were not asked which version they report (Verify Success… in the window, or otadash-cli verify).</source>
        <translation>未询问设备上报的版本（窗口中的“验证成功…”，或 otadash-cli verify）。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="203"/>
        <source>%1 succeeded, %2 checked (%3) at %4: %5 report another version.</source>
        <translation>成功 %1，检查 %2（%3），于 %4：%5 台上报其他版本。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="205"/>
        <source>a random sample</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="205"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="212"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Reports version</source>
        <translation>上报版本</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Expected (DestVersion)</source>
        <translation>应为（DestVersion）</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="220"/>
        <source>%1 of %2 devices are listed.</source>
        <translation>列出了 %2 台设备中的 %1 台。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="225"/>
        <source>Actions taken</source>
        <translation>已执行的操作</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="227"/>
        <source>The audit log could not be read: the actions taken are not known.</source>
        <translation>无法读取审计日志：已执行的操作未知。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="229"/>
        <source>No write action on this batch was sent from this computer.</source>
        <translation>这台计算机未对此升级批次发送过写操作。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Sent at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Targets</source>
        <translation>对象数</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Request ID</source>
        <translation>请求ID</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="239"/>
        <source>Sent from this computer by OtaDash (its audit log); actions sent from elsewhere are not known here.</source>
        <translation>由 OtaDash 从这台计算机发送（其审计日志）；从别处发送的操作在此未知。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="243"/>
        <source>Lint findings</source>
        <translation>设置检查结果</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="245"/>
        <source>The batch was not checked.</source>
        <translation>未检查该升级批次。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="247"/>
        <source>No risky settings were found.</source>
        <translation>未发现有风险的设置。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="255"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="256"/>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="259"/>
        <source>an unknown user</source>
        <translation>未知用户</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="261"/>
        <source>Exported by %1 on %2 with OtaDash %3.</source>
        <translation>由 %1 于 %2 使用 OtaDash %3 导出。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="262"/>
        <source>Exported by %1 with profile %2 on %3 with OtaDash %4.</source>
        <translation>由 %1 使用配置 %2 于 %3 通过 OtaDash %4 导出。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="264"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="48"/>
        <source>%1 — retrying now, attempt %2 of %3</source>
        <translation>%1 — 正在重试，第 %2 次，共 %3 次</translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="49"/>
        <source>%1 — retrying in %2 s, attempt %3 of %4</source>
        <translation>%1 — %2 秒后重试，第 %3 次，共 %4 次</translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="59"/>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message numerus="yes">
        <location filename="../ui/RetryNotice.cpp" line="93"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（另有 %n 个在等待）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="104"/>
        <source>Cancel the waiting retries</source>
        <translation>取消等待中的重试</translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="105"/>
        <source>Requests waiting to be sent again</source>
        <translation>等待重新发送的请求</translation>
    </message>
</context>
<context>
    <name>RolloutEta</name>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="105"/>
        <source>Every device has finished.</source>
        <translation>所有设备均已结束。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="107"/>
        <source>Stalled: no device has finished since %1.</source>
        <translation>停滞：自 %1 起没有设备结束。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="110"/>
        <source>No finish estimate yet: it needs count rounds minutes apart in which devices finish.</source>
        <translation>尚无预计完成时间：需要相隔数分钟、期间有设备结束的多轮统计。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="117"/>
        <source>Pushing to %1 devices a minute, it finishes about %2 (the devices not started and in flight at that pace).</source>
        <translation>正以每分钟 %1 台设备推送，预计约 %2 完成（按此速度计算未开始和进行中的设备）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="123"/>
        <source>At %1 devices a minute it finishes about %2.</source>
        <translation>按每分钟 %1 台的速度，约于 %2 完成。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="128"/>
        <source>(The batch pushes to at most %1 devices a minute.)</source>
        <translation>（该升级批次每分钟最多推送 %1 台设备。）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/RolloutEta.cpp" line="134"/>
        <source>That is %Ln minute(s) after its scheduled end.</source>
        <translation>
            <numerusform>比计划结束时间晚 %Ln 分钟。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RpcCall</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="188"/>
        <source>The response announced %1 bytes; the limit is %2.</source>
        <translation>响应声明的大小为 %1 字节，上限为 %2 字节。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="216"/>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>服务器证书未被接受：%1</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="219"/>
        <source>It names %1 and was issued by %2.</source>
        <translation>证书颁发给 %1，颁发者为 %2。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="227"/>
        <source>No complete answer within %1 seconds.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="237"/>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="247"/>
        <source>The response exceeded %1 bytes and was discarded.</source>
        <translation>响应超过 %1 字节，已丢弃。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="270"/>
        <source>The server closed the connection before it answered.</source>
        <translation>服务器在响应前关闭了连接。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="272"/>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>在服务器声明的 %2 字节中收到 %1 字节后，连接已关闭。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="274"/>
        <source>The connection closed after %1 bytes, before the answer was complete.</source>
        <translation>收到 %1 字节后、响应完成前，连接已关闭。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="319"/>
        <source>%1 (proxy %2:%3)</source>
        <translation>%1（代理 %2:%3）</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="339"/>
        <source>The endpoint redirected to %1; redirects are not followed.</source>
        <translation>接入点重定向到 %1；不会跟随重定向。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="368"/>
        <source>The server answered HTTP %1 without an API error body.</source>
        <translation>服务器返回了 HTTP %1，但没有 API 错误正文。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="385"/>
        <source>The strings to sign differ from character %1 on.</source>
        <translation>待签名字符串从第 %1 个字符起不同。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="396"/>
        <source>The response body was empty.</source>
        <translation>响应正文为空。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="397"/>
        <source>The response body is neither valid JSON nor valid XML.</source>
        <translation>响应正文既不是有效的 JSON，也不是有效的 XML。</translation>
    </message>
</context>
<context>
    <name>RpcClient</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="500"/>
        <source>The endpoint is not a valid URL with a host.</source>
        <translation>接入点不是包含主机的有效 URL。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="502"/>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>接入点不得包含用户名或密码。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="504"/>
        <source>The endpoint must not contain a query or a fragment.</source>
        <translation>接入点不得包含查询参数或片段。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="510"/>
        <source>Plain http:// is refused for %1: only a server on this computer (loopback) may be reached without TLS.</source>
        <translation>拒绝对 %1 使用未加密的 http://：只有本机上的服务器（环回地址）可以不经 TLS 访问。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="514"/>
        <source>The endpoint must use https://.</source>
        <translation>接入点必须使用 https://。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="619"/>
        <source>An AccessKeyId and an AccessKey secret are required.</source>
        <translation>需要 AccessKeyId 和 AccessKey Secret。</translation>
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <location filename="../app/core/auth/SecretBackend.cpp" line="27"/>
        <source>OtaDash&apos;s keychain support (%1) could not be loaded: %2</source>
        <translation>无法加载 OtaDash 的钥匙串支持（%1）：%2</translation>
    </message>
</context>
<context>
    <name>SignOffReportDialog</name>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="52"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="52"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="59"/>
        <source>Enter the name of the file to write.</source>
        <translation>请输入要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="68"/>
        <source>%1 is a file, not a folder: choose another place for the report.</source>
        <translation>%1 是文件而不是文件夹：请为报告选择其他位置。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="114"/>
        <source>Save Sign-off Report</source>
        <translation>保存签核报告</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="124"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="125"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="7"/>
        <source>Sign-off Report</source>
        <translation>签核报告</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="11"/>
        <source>The report holds the batch&apos;s settings, versions, tags and schedule, its task counts, the burn-up recorded on this computer, the most frequent failure reasons, the lint findings and your notes.</source>
        <translation>报告包含升级批次的设置、版本、标签和计划、任务数、本机记录的燃起图、最常见的失败原因、设置检查结果以及您的备注。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="19"/>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="25"/>
        <source>e.g. who approved the rollout and why</source>
        <translation>例如：谁批准了此次升级以及原因</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="31"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="40"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="51"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="45"/>
        <source>The request is not a JSON object.</source>
        <translation>请求不是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="59"/>
        <source>The request&apos;s %1 is not a string of at most %2 characters.</source>
        <translation>请求的 %1 不是最多 %2 个字符的字符串。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="120"/>
        <source>No answer within %1 ms.</source>
        <translation>%1 ms 内没有应答。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="177"/>
        <source>Another OtaDash listens on %1.</source>
        <translation>另一个 OtaDash 正在 %1 上监听。</translation>
    </message>
</context>
<context>
    <name>SourceVersionsModel</name>
    <message>
        <location filename="../app/core/models/SourceVersionsModel.cpp" line="41"/>
        <source>Source version</source>
        <translation>待升级版本号</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="59"/>
        <source>Usage: otadash-cli status --job-id ID [--job-id ID ...] [--output text|json|csv] [--watch SECONDS] [options]</source>
        <translation>用法：otadash-cli status --job-id ID [--job-id ID ...] [--output text|json|csv] [--watch SECONDS] [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="65"/>
        <source>Where rollouts stand: per batch its JobStatus, total, the count per TaskStatus, % complete, failure rate and when it will finish at its pace (from the count rounds in the local history and this run&apos;s).</source>
        <translation>升级进展：每个升级批次的 JobStatus、总数、各 TaskStatus 的数量、完成率、失败率，以及按当前速度的预计完成时间（根据本地历史记录和本次运行的统计）。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>The batch to show; repeat for several batches.</source>
        <translation>要显示的升级批次；多个批次时重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="75"/>
        <source>text (default); json: an array of objects with JobId, JobStatus, Total, Counts (by TaskStatus), PercentComplete (succeeded, failed and canceled of the total, 0-100), FailureRate (failed of succeeded and failed, 0-100, or null), Eta (ISO UTC, or null), CountsMovedDuringRead and ReadAt; csv: one line per batch.</source>
        <translation>text（默认）；json：对象数组，含 JobId、JobStatus、Total、Counts（按 TaskStatus）、PercentComplete（成功、失败和取消占总数的比例，0-100）、FailureRate（失败占成功和失败之和的比例，0-100，或 null）、Eta（ISO UTC，或 null）、CountsMovedDuringRead 和 ReadAt；csv：每个升级批次一行。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="82"/>
        <source>Read again every SECONDS (at least %1): the text is redrawn in place on a terminal; otherwise every round is appended (JSON: one array per line).</source>
        <translation>每隔 SECONDS 秒重新读取（至少 %1 秒）：在终端中原地重绘；否则每轮追加输出（JSON：每行一个数组）。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="85"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="87"/>
        <source>The history file the rounds are added to and the estimate reads (default: the dashboard&apos;s; with --demo, the demo&apos;s).</source>
        <translation>统计结果添加到并用于预计的历史记录文件（默认：仪表板的文件；使用 --demo 时为演示的文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="89"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="95"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的批次 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="102"/>
        <source>--output must be text, json or csv</source>
        <translation>--output 必须为 text、json 或 csv</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="108"/>
        <source>--watch must be a number of seconds, %1 or more</source>
        <translation>--watch 必须为不少于 %1 的秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="112"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db 需要文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="175"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="284"/>
        <source>Batch %1 · %2 · counted at %3</source>
        <translation>升级批次 %1 · %2 · 统计于 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="287"/>
        <source>%Ln task(s):</source>
        <translation>
            <numerusform>%Ln 个任务：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="294"/>
        <source>%1 complete</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="296"/>
        <source>failure rate %1</source>
        <translation>失败率 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="298"/>
        <source>no failure rate yet</source>
        <translation>尚无失败率</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="51"/>
        <location filename="../app/report/ReportLayout.cpp" line="103"/>
        <source>Key</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="53"/>
        <location filename="../app/report/ReportLayout.cpp" line="103"/>
        <source>Value</source>
        <translation>标签值</translation>
    </message>
</context>
<context>
    <name>TaskActionCommand</name>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="37"/>
        <source>Usage: otadash-cli retry --job-id ID (--task-id T ... | --status FAILED|CANCELED) [--yes] [options]</source>
        <translation>用法：otadash-cli retry --job-id ID (--task-id T ... | --status FAILED|CANCELED) [--yes] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="39"/>
        <source>Usage: otadash-cli confirm --job-id ID (--task-id T ... | --all) [--yes] [options]</source>
        <translation>用法：otadash-cli confirm --job-id ID (--task-id T ... | --all) [--yes] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="45"/>
        <source>Upgrade failed or canceled devices of a batch again (ReupgradeOTATask, at most 10 tasks per call). Without --yes, print what would be sent and send nothing.</source>
        <translation>重新升级批次中失败或已取消的设备（ReupgradeOTATask，每次调用最多 10 个任务）。不带 --yes 时只打印将发送的内容，不发送任何请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="48"/>
        <source>Confirm the tasks of a batch that wait for confirmation (ConfirmOTATask, at most 10 tasks per call). Without --yes, print what would be sent and send nothing.</source>
        <translation>确认批次中等待确认的任务（ConfirmOTATask，每次调用最多 10 个任务）。不带 --yes 时只打印将发送的内容，不发送任何请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="55"/>
        <source>The batch of the tasks.</source>
        <translation>任务所属的批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="57"/>
        <source>A task to act on. Repeat or separate with commas for several.</source>
        <translation>要操作的任务。多个时重复此选项或用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="58"/>
        <source>TASK</source>
        <translation>TASK</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="59"/>
        <source>Send the calls. Without it nothing is sent.</source>
        <translation>发送调用。不指定时不发送任何请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="61"/>
        <source>The history file whose audit log records the calls (default: the dashboard&apos;s).</source>
        <translation>在其审计日志中记录调用的历史文件（默认：仪表板的历史文件）。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="63"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="67"/>
        <source>Every task of the batch in this status: FAILED or CANCELED. Repeat or separate with commas for both.</source>
        <translation>批次中处于此状态的所有任务：FAILED 或 CANCELED。两者都要时重复此选项或用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="69"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="71"/>
        <source>Every task of the batch that waits in CONFIRM.</source>
        <translation>批次中处于 CONFIRM 等待确认的所有任务。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="78"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的批次 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="86"/>
        <source>&apos;%1&apos; is not a valid task ID</source>
        <translation>&apos;%1&apos; 不是有效的任务 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="97"/>
        <source>--status must be FAILED or CANCELED, not &apos;%1&apos;</source>
        <translation>--status 必须为 FAILED 或 CANCELED，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="107"/>
        <source>give either --task-id or %1</source>
        <translation>请指定 --task-id 或 %1 之一</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="111"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db 需要文件名</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="119"/>
        <source>the profile &apos;%1&apos; is read-only: it sends no write action</source>
        <translation>配置 &apos;%1&apos; 为只读：不发送写操作</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="139"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（批次 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="144"/>
        <source>otadash-cli: the tasks of batch %1 could not all be read; nothing was sent</source>
        <translation>otadash-cli：未能读取批次 %1 的全部任务；未发送任何请求</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="167"/>
        <source>upgrade %Ln device task(s) of batch %1 again</source>
        <translation>
            <numerusform>重新升级批次 %1 的 %Ln 个设备任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="168"/>
        <source>confirm %Ln device task(s) of batch %1</source>
        <translation>
            <numerusform>确认批次 %1 的 %Ln 个设备任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="170"/>
        <source>Nothing to send: batch %1 has no task in that status.</source>
        <translation>无需发送：批次 %1 没有处于该状态的任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="176"/>
        <source>Would %1 with %Ln call(s) of %2:</source>
        <translation>
            <numerusform>将用 %Ln 次 %2 调用%1：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="178"/>
        <source>call %1: %2</source>
        <translation>调用 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="179"/>
        <source>Nothing was sent. Add --yes to send.</source>
        <translation>未发送任何请求。加上 --yes 即可发送。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="188"/>
        <source>otadash-cli: nothing was sent: the audit log cannot be written: %1</source>
        <translation>otadash-cli：未发送任何请求：无法写入审计日志：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="195"/>
        <source>Sending: %1, %Ln call(s) of %2.</source>
        <translation>
            <numerusform>正在发送：%1，共 %Ln 次 %2 调用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="212"/>
        <source>call %1 of %2 (%Ln task(s))</source>
        <translation>
            <numerusform>调用 %1/%2（%Ln 个任务）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="215"/>
        <source>%1: done, RequestId %2</source>
        <translation>%1：完成，RequestId %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="222"/>
        <source>%1: outcome unknown, the gateway may have acted (%2), RequestId %3; it is not sent again</source>
        <translation>%1：结果未知，网关可能已执行（%2），RequestId %3；不会再次发送</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="225"/>
        <source>%1: refused (%2), RequestId %3</source>
        <translation>%1：被拒绝（%2），RequestId %3</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="233"/>
        <source>%1 done, %2 refused, %3 unknown.</source>
        <translation>完成 %1，拒绝 %2，未知 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="235"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch, then send again.</source>
        <translation>
            <numerusform>出现未知结果后有 %Ln 次调用未发送：请先查看批次，再重新发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="160"/>
        <source>Call %1 of %2 (%Ln device(s))</source>
        <translation>
            <numerusform>调用 %1/%2（%Ln 台设备）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="163"/>
        <source>%1: done. Request ID %2</source>
        <translation>%1：完成。请求 ID %2</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="169"/>
        <source>%1: outcome unknown (%2). The gateway may have acted; it is not sent again.</source>
        <translation>%1：结果未知（%2）。网关可能已执行；不会再次发送。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="171"/>
        <source>%1: refused (%2). Request ID %3</source>
        <translation>%1：被拒绝（%2）。请求 ID %3</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="179"/>
        <source>%1 done, %2 refused, %3 with an unknown outcome.</source>
        <translation>完成 %1，拒绝 %2，结果未知 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="182"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch before you send again.</source>
        <translation>
            <numerusform>出现未知结果后有 %Ln 次调用未发送：再次发送前请先查看批次。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="203"/>
        <source>%Ln call(s) of at most 100 devices</source>
        <translation>
            <numerusform>%Ln 次调用，每次最多 100 台设备</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="204"/>
        <source>%Ln call(s) of at most 10 tasks</source>
        <translation>
            <numerusform>%Ln 次调用，每次最多 10 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="206"/>
        <source>Cancel Device Tasks</source>
        <translation>取消设备任务</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="208"/>
        <source>None of the chosen tasks is unfinished: there is nothing to cancel.</source>
        <translation>所选任务中没有未完成的任务：没有可取消的内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="209"/>
        <source>The tasks of %Ln device(s) in batch %1 will be canceled: these devices stop upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already finished are not affected.</source>
        <translation>
            <numerusform>将取消升级批次 %1 中 %Ln 台设备的任务：这些设备停止升级到固件 %2（CancelOTATaskByDevice，%3）。已完成的设备不受影响。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="214"/>
        <source>Cancel the &amp;tasks of %Ln device(s)</source>
        <translation>
            <numerusform>取消 %Ln 台设备的任务(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="216"/>
        <source>Upgrade Devices Again</source>
        <translation>重新升级设备</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="218"/>
        <source>None of the chosen tasks is FAILED or CANCELED: there is nothing to upgrade again.</source>
        <translation>所选任务中没有 FAILED 或 CANCELED 的任务：没有需要重新升级的设备。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="220"/>
        <source>%Ln device(s) of batch %1 will be upgraded again from the start (ReupgradeOTATask, %2).</source>
        <translation>
            <numerusform>批次 %1 的 %Ln 台设备将从头重新升级（ReupgradeOTATask，%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="229"/>
        <source>%Ln device(s) of batch %1 will start upgrading (ConfirmOTATask, %2).</source>
        <translation>
            <numerusform>批次 %1 的 %Ln 台设备将开始升级（ConfirmOTATask，%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="224"/>
        <source>&amp;Upgrade %Ln device(s) again</source>
        <translation>
            <numerusform>重新升级 %Ln 台设备(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="226"/>
        <source>Confirm Device Tasks</source>
        <translation>确认设备任务</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="228"/>
        <source>None of the chosen tasks waits for confirmation.</source>
        <translation>所选任务中没有等待确认的任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="232"/>
        <source>&amp;Confirm %Ln task(s)</source>
        <translation>
            <numerusform>确认 %Ln 个任务(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="234"/>
        <source>Devices and tasks</source>
        <translation>设备和任务</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="236"/>
        <source>More than %1 devices: type the batch ID %2 to confirm:</source>
        <translation>超过 %1 台设备：请输入批次 ID %2 以确认：</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="238"/>
        <source>Profile %1 is read-only: it may only query. Turn on File &gt; Allow Write Actions in the Demo to send this to the simulator.</source>
        <translation>配置 %1 为只读：只能查询。要将此操作发送到模拟器，请打开 文件 &gt; 在演示中允许写操作。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="240"/>
        <source>Profile %1 is read-only: it may only query. Clear “Read-only” in File &gt; Profiles… to send this with it.</source>
        <translation>配置 %1 为只读：只能查询。要用它发送此操作，请在 文件 &gt; 配置… 中取消“只读”。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="243"/>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="43"/>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="45"/>
        <source>Queued</source>
        <translation>待推送</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="47"/>
        <source>Notified</source>
        <translation>已推送</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="49"/>
        <source>In progress</source>
        <translation>升级中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="51"/>
        <source>Succeeded</source>
        <translation>升级成功</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="53"/>
        <source>Failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="55"/>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="951"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="981"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="983"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="985"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="987"/>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="989"/>
        <source>Source version</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="991"/>
        <source>Destination version</source>
        <translation>升级目标版本号</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="993"/>
        <source>Modified (%1)</source>
        <comment>the time zone of the column&apos;s times</comment>
        <translation>修改时间 (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="996"/>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="921"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="53"/>
        <source>Usage: otadash-cli tasks --job-id ID [--status STATUS ...] [options]</source>
        <translation>用法：otadash-cli tasks --job-id ID [--status STATUS ...] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="58"/>
        <source>List every device task of an OTA update batch (ListOTATaskByJob) and print them.</source>
        <translation>列出 OTA 升级批次的所有设备任务（ListOTATaskByJob）并输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="63"/>
        <source>The batch whose device tasks to list.</source>
        <translation>要列出其设备任务的升级批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="66"/>
        <source>Only tasks with this status: %1. Repeat or separate with commas for several.</source>
        <translation>仅列出此状态的任务：%1。指定多个状态时重复指定或用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="68"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="70"/>
        <source>csv (default): a header row, then one row per task; json: an array of the tasks with the API&apos;s field names.</source>
        <translation>csv（默认）：先输出表头行，再每个任务一行；json：使用 API 字段名的任务数组。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="147"/>
        <source>otadash-cli tasks: the listing stopped before every task was read</source>
        <translation>otadash-cli tasks：在读取全部任务之前列出已停止</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="78"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="88"/>
        <source>unknown task status &apos;%1&apos;; use %2</source>
        <translation>未知的任务状态 &apos;%1&apos;；请使用以下之一：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="96"/>
        <source>--output must be csv or json</source>
        <translation>--output 必须为 csv 或 json</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="121"/>
        <source>Fetched %Ln task(s)</source>
        <translation>
            <numerusform>已获取 %Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="122"/>
        <source>Fetched %1 of %Ln task(s)</source>
        <translation>
            <numerusform>已获取 %1 / %Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="142"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="160"/>
        <source>warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one status.</source>
        <translation>
            <numerusform>警告：另有 %Ln 个任务无法列出：对于同一状态，API 最多返回 %1 个任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="31"/>
        <source>yyyy-MM-dd</source>
        <comment>The date format of every date OtaDash writes (a QDateTime format: yyyy year, MM month, dd day, with leading zeros). Keep the letters; choose the order and the separators your language writes.</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="92"/>
        <source>Times are in %1.</source>
        <comment>%1 is a time zone: UTC or UTC+08:00</comment>
        <translation>时间均为 %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="103"/>
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>%n 秒前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="105"/>
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>%n 分钟前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="107"/>
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>%n 小时前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="108"/>
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>%n 天前更新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="26"/>
        <source>Usage: otadash-cli verify --job-id ID [--sample N] [--output text|json] [options]</source>
        <translation>用法：otadash-cli verify --job-id ID [--sample N] [--output text|json] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="31"/>
        <source>Verify the success of a batch: ask the devices of its SUCCEEDED tasks which version they report (BatchQueryDeviceDetail) and list those that report another version than the batch&apos;s.</source>
        <translation>验证批次的成功：询问其 SUCCEEDED 任务的设备上报的版本（BatchQueryDeviceDetail），并列出上报版本与批次不同的设备。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>The batch to verify.</source>
        <translation>要验证的批次。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="39"/>
        <source>Check this many devices, picked at random (default: all).</source>
        <translation>随机抽取这么多台设备检查（默认：全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="40"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="42"/>
        <source>text (default), or json: one object with JobId, Succeeded, Checked, Sampled, Mismatches and ReadAt.</source>
        <translation>text（默认），或 json：一个含 JobId、Succeeded、Checked、Sampled、Mismatches 和 ReadAt 的对象。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="50"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的批次 ID</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="58"/>
        <source>--sample must be a number of devices, 1 or more</source>
        <translation>--sample 必须是设备数量，至少为 1</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="62"/>
        <source>--output must be text or json</source>
        <translation>--output 必须为 text 或 json</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="74"/>
        <source>otadash-cli verify: the succeeded tasks of batch %1 could not all be read</source>
        <translation>otadash-cli verify：未能读取批次 %1 的全部成功任务</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="86"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（批次 %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="111"/>
        <source>Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln report another version.</source>
        <translation>
            <numerusform>批次 %1：成功 %2 台，已检查 %3 台（%4），%5：%Ln 台上报了其他版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="114"/>
        <source>a random sample</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="114"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="120"/>
        <source>%1 reports no version (task %2)</source>
        <translation>%1 未上报版本（任务 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="121"/>
        <source>%1 reports %2, not %3 (task %4)</source>
        <translation>%1 上报的是 %2，而不是 %3（任务 %4）</translation>
    </message>
</context>
<context>
    <name>VerifySuccessDialog</name>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="74"/>
        <source>Reading the succeeded tasks: %1 so far…</source>
        <translation>正在读取成功的任务：目前 %1 个…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="79"/>
        <source>Asking the devices which version they report: %1 of %2…</source>
        <translation>正在询问设备上报的版本：%2 台中的 %1 台…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="90"/>
        <source>The check stopped: %1</source>
        <translation>检查已停止：%1</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="95"/>
        <source>The succeeded tasks could not all be read: nothing was checked. Try again later.</source>
        <translation>无法读取全部成功的任务：未检查任何设备。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="126"/>
        <source>Reading the succeeded tasks…</source>
        <translation>正在读取成功的任务…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="136"/>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="151"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="151"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/VerifySuccessDialog.cpp" line="164"/>
        <source>%1 succeeded, %2 checked (%3), read %4: %Ln report another version.</source>
        <translation>
            <numerusform>成功 %1，检查 %2（%3），读取于 %4：%Ln 台上报其他版本。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="167"/>
        <source>a random sample</source>
        <translation>随机抽样</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="167"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="170"/>
        <source>Every device checked reports its task&apos;s destination version.</source>
        <translation>检查的每台设备都上报了其任务的目标版本。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="176"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="192"/>
        <source>Verify Success</source>
        <translation>验证成功</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/VerifySuccessDialog.cpp" line="195"/>
        <source>Batch %1 counts %Ln device(s) as upgraded. Ask them which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</source>
        <translation>
            <numerusform>升级批次 %1 将 %Ln 台设备计为已升级。询问它们当前上报的版本（BatchQueryDeviceDetail，每次 100 台，每秒最多 5 次，排在其他所有请求之后）：回滚或未以新固件重启的设备将被列出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="201"/>
        <source>Ask the devices of batch %1&apos;s succeeded tasks which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</source>
        <translation>询问升级批次 %1 中成功任务的设备当前上报的版本（BatchQueryDeviceDetail，每次 100 台，每秒最多 5 次，排在其他所有请求之后）：回滚或未以新固件重启的设备将被列出。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="206"/>
        <source>&amp;All succeeded devices</source>
        <translation>所有成功的设备(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="207"/>
        <source>A &amp;random sample of</source>
        <translation>随机抽取(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="208"/>
        <source> devices</source>
        <translation> 台设备</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="209"/>
        <source>Sample size</source>
        <translation>抽样数量</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="210"/>
        <source>&amp;Start Check</source>
        <translation>开始检查(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Reports version</source>
        <translation>上报版本</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Expected (DestVersion)</source>
        <translation>应为（DestVersion）</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Task ID</source>
        <translation>任务ID</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="213"/>
        <source>Devices that report another version</source>
        <translation>上报其他版本的设备</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="335"/>
        <source>Failure alert: %1 % of the tasks that succeeded or failed have failed (%2 of %3); the threshold is %4 %.</source>
        <translation>失败率告警：成功或失败的任务中有 %1 % 失败（%3 个中的 %2 个）；阈值为 %4 %。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="550"/>
        <source>JobId: %1</source>
        <translation>JobId：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="557"/>
        <source>Stalled: no device has finished for %Ln minute(s) or more.</source>
        <translation>
            <numerusform>停滞：已有 %Ln 分钟或更久没有设备完成。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="559"/>
        <source>Late: it will not finish by its scheduled finish, %1.</source>
        <translation>延迟：无法在计划结束时间 %1 前完成。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="566"/>
        <source>Not counted yet: the counts show after the next refresh of the watch list.</source>
        <translation>尚未统计：关注列表下次刷新后显示数量。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="573"/>
        <source>Counted at %1</source>
        <translation>统计于 %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="581"/>
        <source>Failure rate: no device has succeeded or failed yet.</source>
        <translation>失败率：尚无设备成功或失败。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="582"/>
        <source>Failure rate: %1 of the %2 devices that succeeded or failed have failed.</source>
        <translation>失败率：已成功或失败的 %2 台设备中有 %1 台失败。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="592"/>
        <source>%1 of %2</source>
        <comment>failed devices of the devices that succeeded or failed</comment>
        <translation>%2 台中 %1 台</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="596"/>
        <source>%1 alert</source>
        <comment>failure rate past its alert</comment>
        <translation>%1 告警</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="603"/>
        <source>In flight: %1 devices have been told of the update or are upgrading (NOTIFIED or IN_PROGRESS).</source>
        <translation>进行中：%1 台设备已收到升级通知或正在升级（NOTIFIED 或 IN_PROGRESS）。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="611"/>
        <source>The trend shows once two count rounds have been read.</source>
        <translation>读取两轮统计后显示趋势。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="619"/>
        <source>Complete over the last %Ln count round(s): %1 at %2, %3 at %4.</source>
        <translation>
            <numerusform>最近 %Ln 轮统计的完成比例：%2 为 %1，%4 为 %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="624"/>
        <source>%1 devices finished a minute over the last %Ln minute(s).</source>
        <translation>
            <numerusform>最近 %Ln 分钟内每分钟完成 %1 台设备。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="630"/>
        <source>%1/min</source>
        <comment>devices finished a minute</comment>
        <translation>%1 台/分钟</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="645"/>
        <source>Last updated: %1</source>
        <translation>最后更新：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="651"/>
        <source>Older than the auto-refresh interval of %Ln s: the last refreshes did not reach it.</source>
        <translation>
            <numerusform>早于 %Ln 秒的自动刷新间隔：最近几次刷新未能更新此行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="657"/>
        <source>Update failed: %1</source>
        <translation>更新失败：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="659"/>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="676"/>
        <source>Succeeded, failed and canceled devices, of all the batch&apos;s devices.</source>
        <translation>已成功、失败和取消的设备占批次全部设备的比例。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="678"/>
        <source>Failed devices, of those that succeeded or failed (what the failure alert measures); below 50 of them, the counts.</source>
        <translation>失败设备占已成功或失败设备的比例（失败告警所衡量的值）；不足 50 台时显示台数。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="686"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="688"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="690"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="694"/>
        <source>In flight</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="696"/>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="698"/>
        <source>Finish</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="716"/>
        <source>Planned, with no scheduled start.</source>
        <translation>已计划，但没有计划开始时间。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="717"/>
        <source>Scheduled to start %1.</source>
        <translation>计划于 %1 开始。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="718"/>
        <source>starts %1</source>
        <translation>%1 开始</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="723"/>
        <source>Ended %1.</source>
        <translation>已于 %1 结束。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="724"/>
        <source>ended %1</source>
        <translation>%1 结束</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="731"/>
        <source>Its scheduled finish, %1, has passed.</source>
        <translation>已过计划结束时间 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="733"/>
        <source>Scheduled finish: %1.</source>
        <translation>计划结束时间：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="737"/>
        <source>A running batch is marked stalled after %Ln minute(s) without a finished device (Preferences).</source>
        <translation>
            <numerusform>运行中的批次在 %Ln 分钟内没有设备完成时标记为停滞（首选项）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="746"/>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="748"/>
        <source>stalled</source>
        <translation>停滞</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="755"/>
        <source>%1, %Ln min late</source>
        <comment>finish estimate after the scheduled finish</comment>
        <translation>
            <numerusform>%1，延迟 %Ln 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="700"/>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="692"/>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="702"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="704"/>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="329"/>
        <source>Failure alert at %1 % (minimum sample %2); no counts yet.</source>
        <translation>失败率告警：%1 %（最小样本数 %2）；尚未获取计数。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="339"/>
        <source>Failure alert at %1 % (minimum sample %2); now %3 % (%4 of %5 failed).</source>
        <translation>失败率告警：%1 %（最小样本数 %2）；当前 %3 %（%5 个中 %4 个失败）。</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="15"/>
        <source>Batch ID to watch</source>
        <translation>要关注的升级批次ID</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="16"/>
        <source>Batch ID (JobId) to watch</source>
        <translation>要关注的升级批次ID（JobId）</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="22"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="23"/>
        <source>Add this batch to the watch list, read with the current profile</source>
        <translation>将此升级批次添加到关注列表，并使用当前配置读取</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="36"/>
        <source>Watched batches</source>
        <translation>已关注的升级批次</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="54"/>
        <source>A&amp;uto-refresh:</source>
        <translation>自动刷新(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="71"/>
        <location filename="../ui/WatchListPanel.cpp" line="428"/>
        <source>Refresh &amp;now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="72"/>
        <source>Read the status of every watched batch again</source>
        <translation>重新读取所有已关注升级批次的状态</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="77"/>
        <location filename="../ui/WatchListPanel.cpp" line="427"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="78"/>
        <source>Stop watching the selected batches (Delete)</source>
        <translation>取消关注所选升级批次（Delete）</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="248"/>
        <source>Enter the batch ID (JobId) to watch.</source>
        <translation>请输入要关注的升级批次ID（JobId）。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="253"/>
        <source>Choose a profile first: a batch is read with the profile it was added with.</source>
        <translation>请先选择配置：升级批次将使用添加时的配置读取。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="260"/>
        <source>Batch %1 is already on the watch list (profile %2).</source>
        <translation>升级批次 %1 已在关注列表中（配置 %2）。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="407"/>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="409"/>
        <source>Every %n s</source>
        <comment>auto-refresh interval in seconds</comment>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="411"/>
        <source>Every %n min</source>
        <comment>auto-refresh interval in minutes</comment>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="426"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="429"/>
        <source>&amp;Failure alert…</source>
        <translation>失败率告警(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="361"/>
        <source>Co&amp;mpare with open batch</source>
        <translation>与已打开的升级批次比较(&amp;M)</translation>
    </message>
</context>
<context>
    <name>WatchListRefresher</name>
    <message>
        <location filename="../app/core/models/WatchListRefresher.cpp" line="20"/>
        <source>The credentials of profile %1 are not available.</source>
        <translation>配置 %1 的凭据不可用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>otadash: unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN.</source>
        <translation>otadash：--lang 不支持语言 &apos;%1&apos;；请使用 en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <location filename="../app/main.cpp" line="216"/>
        <source>Run &apos;otadash --help&apos; for the options.</source>
        <translation>运行 &apos;otadash --help&apos; 查看选项。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>The headless commands are run by otadash-cli.exe, a console program installed beside otadash.exe (%1). Run it in Command Prompt or PowerShell instead, for example:

otadash-cli %2 --help</source>
        <translation>无界面命令由与 otadash.exe 安装在一起的控制台程序 otadash-cli.exe（%1）运行。请改在命令提示符或 PowerShell 中运行它，例如：

otadash-cli %2 --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="144"/>
        <source>otadash: the headless commands are run by otadash-cli, which cannot be started as %1: %2</source>
        <translation>otadash：无界面命令由 otadash-cli 运行，但无法以 %1 启动：%2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Open the dashboard on the embedded demo endpoint.</source>
        <translation>在内置的演示接入点上打开仪表板。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="159"/>
        <source>Query this batch at start.</source>
        <translation>启动时查询此升级批次。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="160"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>With --job-id: query the batch with this profile.</source>
        <translation>与 --job-id 一起使用：用此配置查询升级批次。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Save a PNG of the window after the first query, then quit.</source>
        <translation>首次查询后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="177"/>
        <source>Language of the user interface: en, ja or zh_CN (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>用户界面语言：en、ja 或 zh_CN（默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="184"/>
        <source>Quit once the window has been painted (start-up benchmark).</source>
        <translation>窗口绘制完成后退出（用于启动基准测试）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>Dashboard for the OTA update batches of Alibaba Cloud IoT Platform.

The headless commands (query, tasks, jobs, history, report, profile) are run by otadash-cli, a console program beside otadash: see &apos;otadash-cli --help&apos;. On Linux and macOS &apos;otadash COMMAND ...&apos; hands the command on to it.</source>
        <translation>阿里云物联网平台 OTA 升级批次的仪表板。

无界面命令（query、tasks、jobs、history、report、profile）由与 otadash 位于同一位置的控制台程序 otadash-cli 运行：参见 &apos;otadash-cli --help&apos;。在 Linux 和 macOS 上，&apos;otadash COMMAND ...&apos; 会将命令转交给它。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="203"/>
        <source>An otadash://batch/&lt;JobId&gt;?profile=&lt;name&gt; link to open. The dashboard already running for this user (demo or not, as this launch) opens it or the --job-id batch, and this launch ends; --screenshot and --quit-after-paint always run on their own.</source>
        <translation>要打开的 otadash://batch/&lt;JobId&gt;?profile=&lt;name&gt; 链接。此用户已在运行的仪表板（与本次启动同为演示或非演示）打开该链接或 --job-id 的升级批次，本次启动随即结束；--screenshot 和 --quit-after-paint 始终单独运行。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <source>[link]</source>
        <translation>[链接]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>otadash: give one link at most.</source>
        <translation>otadash：最多指定一个链接。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="232"/>
        <source>otadash: give either a link or --job-id (with --profile), not both.</source>
        <translation>otadash：请指定链接或 --job-id（可带 --profile），不能同时指定。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="243"/>
        <source>otadash: --profile goes with --job-id.</source>
        <translation>otadash：--profile 须与 --job-id 一起使用。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="262"/>
        <source>otadash: the OtaDash already running did not answer within %1 seconds; it opens the batch once it responds. If it hangs, quit it and try again.</source>
        <translation>otadash：正在运行的 OtaDash 在 %1 秒内没有应答；它响应后会打开该升级批次。如果它没有响应，请退出后重试。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="272"/>
        <source>otadash: the OtaDash already running refused the request: %1</source>
        <translation>otadash：正在运行的 OtaDash 拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>otadash: later launches cannot reach this dashboard (%1); each opens a window of its own.</source>
        <translation>otadash：之后的启动无法连接到此仪表板（%1）；每次启动都会打开自己的窗口。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="316"/>
        <source>otadash: cannot open the link: %1</source>
        <translation>otadash：无法打开链接：%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="373"/>
        <source>otadash: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash：演示接入点无法在环回接口上监听</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="171"/>
        <source>Tab to show: details or devices (default: details). With --screenshot and devices, the picture is taken once the task counts and the first tasks are there.</source>
        <translation>要显示的选项卡：details 或 devices（默认：details）。与 --screenshot 一起指定 devices 时，在任务数和第一批任务加载完成后截图。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>TAB</source>
        <translation>TAB</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="402"/>
        <source>otadash: unknown tab &apos;%1&apos; for --tab; use details or devices.</source>
        <translation>otadash：--tab 不支持选项卡 &apos;%1&apos;；请使用 details 或 devices。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="474"/>
        <source>The extra CA certificates chosen in Preferences cannot be used: %1</source>
        <translation>首选项中选择的额外 CA 证书无法使用：%1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="495"/>
        <source>otadash: old history was not removed: %1</source>
        <translation>otadash：未能删除旧的历史记录：%1</translation>
    </message>
</context>
</TS>
