<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliyunConfig</name>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="34" />
        <source>assumes a RAM role through STS AssumeRole at run time; OtaDash signs with a stored AccessKey only</source>
        <translation>在运行时通过 STS AssumeRole 扮演 RAM 角色；OtaDash 只使用已保存的 AccessKey 签名</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="39" />
        <source>assumes a RAM role starting from another profile at run time; import that source profile instead if it is an AccessKey</source>
        <translation>在运行时从另一个配置扮演 RAM 角色；如果源配置是 AccessKey，请改为导入源配置</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="44" />
        <source>takes temporary credentials from the ECS instance metadata service; there is no secret to import</source>
        <translation>从 ECS 实例元数据服务获取临时凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="49" />
        <source>deprecated mode that assumes a role from ECS credentials at run time</source>
        <translation>已弃用的模式，在运行时通过 ECS 凭据扮演角色</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="52" />
        <source>deprecated mode that exchanges an RSA key pair for a session key at run time</source>
        <translation>已弃用的模式，在运行时用 RSA 密钥对换取会话密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="56" />
        <source>runs an external program for credentials at run time; there is no secret to import</source>
        <translation>在运行时运行外部程序获取凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="60" />
        <source>fetches credentials from a URI at run time; there is no secret to import</source>
        <translation>在运行时从 URI 获取凭据；没有可导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="63" />
        <source>exchanges an OIDC token for temporary credentials at run time</source>
        <translation>在运行时用 OIDC 令牌换取临时凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="66" />
        <source>signs in through CloudSSO and receives short-lived credentials at run time</source>
        <translation>在运行时通过云 SSO 登录并获取短期凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="69" />
        <source>signs in through OAuth and receives short-lived credentials at run time</source>
        <translation>在运行时通过 OAuth 登录并获取短期凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="72" />
        <source>a bearer token is not an AccessKey and cannot sign IoT Platform requests</source>
        <translation>Bearer 令牌不是 AccessKey，无法为物联网平台请求签名</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="75" />
        <source>holds no credentials</source>
        <translation>不含凭据</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="76" />
        <source>unknown mode '%1'</source>
        <translation>未知模式 '%1'</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="87" />
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="94" />
        <source>no "profiles" list: not an aliyun CLI configuration</source>
        <translation>没有 "profiles" 列表：不是 aliyun CLI 配置文件</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="120" />
        <source>the AccessKey ID or secret is missing</source>
        <translation>缺少 AccessKey ID 或 Secret</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="123" />
        <source>the STS token is missing</source>
        <translation>缺少 STS 令牌</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="126" />
        <source>no region_id; set one with 'aliyun configure set --profile %1 --region &lt;region&gt;' and import again</source>
        <translation>没有 region_id；请用 'aliyun configure set --profile %1 --region &lt;region&gt;' 设置后重新导入</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="133" />
        <source>region_id '%1' is not a region ID</source>
        <translation>region_id '%1' 不是地域ID</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="143" />
        <source>STS tokens expire; import again after 'aliyun' has a new one</source>
        <translation>STS 令牌会过期；'aliyun' 获得新令牌后请重新导入</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="158" />
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="166" />
        <source>%1 is too large for an aliyun CLI configuration</source>
        <translation>%1 过大，不像是 aliyun CLI 配置文件</translation>
    </message>
</context>
<context>
    <name>AliyunImport</name>
    <message>
        <location filename="../app/core/auth/AliyunImport.cpp" line="63" />
        <source>aliyun %1</source>
        <translation>aliyun %1</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="25" />
        <source>Signature rejected</source>
        <translation>签名被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="27" />
        <source>AccessKey not accepted</source>
        <translation>AccessKey 未被接受</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="29" />
        <source>Clock out of step with the server</source>
        <translation>本机时钟与服务器不一致</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="31" />
        <source>Request replay rejected</source>
        <translation>重放的请求被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="33" />
        <source>Request rate limit reached</source>
        <translation>已达到请求频率上限</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="35" />
        <source>Permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="37" />
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="38" />
        <source>Request rejected by the gateway</source>
        <translation>网关拒绝了请求</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="40" />
        <source>IoT Platform reported an error</source>
        <translation>物联网平台返回了错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="46" />
        <source>Endpoint refused</source>
        <translation>接入点被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="48" />
        <source>No credentials</source>
        <translation>没有凭据</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="50" />
        <source>Request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="52" />
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="54" />
        <source>Connection closed unexpectedly</source>
        <translation>连接意外关闭</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="56" />
        <source>Host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="58" />
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="60" />
        <source>Redirect refused</source>
        <translation>已拒绝重定向</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="62" />
        <source>Response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="64" />
        <source>Malformed response</source>
        <translation>响应格式错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="66" />
        <source>Request canceled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="71" />
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="81" />
        <source>The gateway refuses requests whose time differs from its own by more than 15 minutes. Set this computer's clock automatically (network time) and try again.</source>
        <translation>网关拒绝时间与其相差超过 15 分钟的请求。请将本机时钟设为自动同步（网络时间）后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="88" />
        <source>The server computed the same string to sign as OtaDash, so the AccessKey secret is wrong. Check the secret of this profile.</source>
        <translation>服务器计算的待签名字符串与 OtaDash 的相同，因此 AccessKey Secret 有误。请检查此配置的 Secret。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="91" />
        <source>The server signed a different request than OtaDash sent: something between you and the endpoint (a proxy or gateway) altered the request.</source>
        <translation>服务器签名的请求与 OtaDash 发送的不同：您与接入点之间的某个环节（代理或网关）修改了请求。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="98" />
        <source>Check the AccessKeyId of this profile; an expired STS token gives the same error.</source>
        <translation>请检查此配置的 AccessKeyId；STS 令牌过期也会导致同样的错误。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="100" />
        <source>Your computer's clock differs from the server's by more than 15 minutes. Set the clock automatically and try again.</source>
        <translation>您计算机的时钟与服务器相差超过 15 分钟。请将时钟设为自动同步后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="104" />
        <source>The same request was sent twice. Send it again; every new request gets a fresh nonce.</source>
        <translation>同一请求被发送了两次。请重新发送；每个新请求都会使用新的 nonce。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="107" />
        <source>The account allows 10 requests per second, shared by all its RAM users. Wait a moment and try again.</source>
        <translation>该账号每秒最多 10 个请求，由其所有 RAM 用户共享。请稍候再试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="110" />
        <source>The RAM user lacks permission for this action (for example iot:QueryOTAJob).</source>
        <translation>RAM 用户缺少此操作的权限（例如 iot:QueryOTAJob）。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="112" />
        <source>A required parameter was not sent.</source>
        <translation>未发送必需的参数。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="114" />
        <source>The service had a problem. Try again later.</source>
        <translation>服务出现问题，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="119" />
        <source>A temporary problem on IoT Platform. Try again later.</source>
        <translation>物联网平台出现临时问题，请稍后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="121" />
        <source>Check the IotInstanceId: instances with an ID require it, public instances must not set it.</source>
        <translation>请检查 IotInstanceId：您购买的实例需传入，公共实例不传此参数。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="123" />
        <source>Check the batch ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>请检查升级批次ID，以及（对于您购买的实例）IotInstanceId。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="127" />
        <source>The server did not answer in time. Check the network or raise the timeout.</source>
        <translation>服务器未在规定时间内响应。请检查网络或延长超时时间。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="129" />
        <source>The server's certificate could not be verified. OtaDash never ignores certificate errors.</source>
        <translation>无法验证服务器证书。OtaDash 从不忽略证书错误。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="132" />
        <source>The endpoint answered with a redirect; OtaDash only talks to the endpoint you configured.</source>
        <translation>接入点返回了重定向；OtaDash 只与您配置的接入点通信。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="135" />
        <source>The response exceeded the size limit and was discarded.</source>
        <translation>响应超过大小上限，已丢弃。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="137" />
        <source>The connection broke before the answer was complete. Try again; if it keeps happening, check proxies and firewalls between this computer and the endpoint.</source>
        <translation>响应完成前连接已断开。请重试；如果反复出现，请检查本机与接入点之间的代理和防火墙。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="140" />
        <source>The response could not be read; the endpoint may not be an IoT Platform API endpoint.</source>
        <translation>无法读取响应；该接入点可能不是物联网平台的 API 接入点。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="142" />
        <source>Check the region or the endpoint address and your network's DNS.</source>
        <translation>请检查地域或接入点地址，以及网络的 DNS。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="144" />
        <source>Use https://, or http:// only for a server on this computer (loopback).</source>
        <translation>请使用 https://；http:// 仅可用于本机上的服务器（环回地址）。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="146" />
        <source>Set an AccessKeyId and secret for this profile.</source>
        <translation>请为此配置设置 AccessKeyId 和 Secret。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="160" />
        <source>The server's clock is %Ln minutes ahead of this computer's.</source>
        <translation><numerusform>服务器时钟比本机快 %Ln 分钟。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="161" />
        <source>The server's clock is %Ln minutes behind this computer's.</source>
        <translation><numerusform>服务器时钟比本机慢 %Ln 分钟。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="164" />
        <source>The server's clock is %Ln hours ahead of this computer's.</source>
        <translation><numerusform>服务器时钟比本机快 %Ln 小时。</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="165" />
        <source>The server's clock is %Ln hours behind this computer's.</source>
        <translation><numerusform>服务器时钟比本机慢 %Ln 小时。</numerusform></translation>
    </message>
    <message>
        <source>Check the firmware ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>请检查固件ID，以及（对于您购买的实例）IotInstanceId。</translation>
    </message>
</context>
<context>
    <name>BatchProgressView</name>
    <message>
        <source>Refresh &amp;counts</source>
        <translation>刷新数量(&amp;C)</translation>
    </message>
    <message>
        <source>Count the tasks of the batch in each status again</source>
        <translation>重新统计升级批次中各状态的任务数</translation>
    </message>
    <message>
        <source>Top failure reasons</source>
        <translation>主要失败原因</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>De&amp;vice name:</source>
        <translation>设备名称(&amp;V)：</translation>
    </message>
    <message>
        <source>Part of a device name</source>
        <translation>设备名称的一部分</translation>
    </message>
    <message>
        <source>Fetch &amp;all</source>
        <translation>全部获取(&amp;A)</translation>
    </message>
    <message>
        <source>Load every task of the statuses shown, not only the pages scrolled to</source>
        <translation>加载所显示状态的全部任务，而不仅是已滚动到的页</translation>
    </message>
    <message>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <source>Stop fetching; the tasks loaded so far stay</source>
        <translation>停止获取；已加载的任务会保留</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>%1 % complete</source>
        <translation>已完成 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded · %2 failed · of %Ln device(s)</source>
        <translation>
            <numerusform>成功 %1 · 失败 %2 · 共 %Ln 个设备</numerusform>
        </translation>
    </message>
    <message>
        <source>Query a batch to see the progress of its devices.</source>
        <translation>查询升级批次后，将显示其设备的升级进度。</translation>
    </message>
    <message>
        <source>Counting the tasks of each status…</source>
        <translation>正在统计各状态的任务数…</translation>
    </message>
    <message>
        <source>The tasks could not be counted: %1 — %2</source>
        <translation>无法统计任务数：%1 — %2</translation>
    </message>
    <message>
        <source>Fetched %1 of %2 tasks</source>
        <translation>已获取 %1 / %2 个任务</translation>
    </message>
    <message>
        <source>Fetched %1 tasks</source>
        <translation>已获取 %1 个任务</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %1 / %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) loaded.</source>
        <translation>
            <numerusform>已加载 %Ln 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown.</source>
        <comment>rows that pass the filter</comment>
        <translation>
            <numerusform>显示 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching was stopped; the tasks loaded so far stay.</source>
        <translation>已停止获取；已加载的任务会保留。</translation>
    </message>
    <message>
        <source>No more matches in the pages read; Fetch all searches every task.</source>
        <translation>已读取的页中没有更多匹配的任务；使用“全部获取”可搜索全部任务。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) are beyond the API&apos;s window of %1 rows per status and cannot be listed.</source>
        <translation>
            <numerusform>有 %Ln 个任务超出了 API 每个状态最多返回 %1 行的范围，无法列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading tasks failed: %1 — %2</source>
        <translation>加载任务失败：%1 — %2</translation>
    </message>
    <message>
        <source>The tasks loaded so far stay.</source>
        <translation>已加载的任务会保留。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <source>No failed tasks loaded.</source>
        <translation>未加载失败的任务。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message numerus="yes">
        <source>Counted from the %1 loaded of %Ln failed task(s).</source>
        <translation>
            <numerusform>根据 %Ln 个失败任务中已加载的 %1 个统计。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted from all %Ln failed task(s).</source>
        <translation>
            <numerusform>根据全部 %Ln 个失败任务统计。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <source>unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN</source>
        <translation>--lang 不支持语言 &apos;%1&apos;；请使用 en、ja 或 zh_CN</translation>
    </message>
    <message>
        <source>The IotInstanceId (required for instances that have an ID).</source>
        <translation>IotInstanceId（您购买的实例需传入）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The region, e.g. cn-shanghai (default: $ALIBABA_CLOUD_REGION_ID).</source>
        <translation>地域，例如 cn-shanghai（默认：$ALIBABA_CLOUD_REGION_ID）。</translation>
    </message>
    <message>
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>用于替代 https://iot.&lt;region&gt;.aliyuncs.com/ 的自定义接入点 URL。</translation>
    </message>
    <message>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <source>HTTP method: post (default) or get.</source>
        <translation>HTTP 方法：post（默认）或 get。</translation>
    </message>
    <message>
        <source>Seconds to wait for each response (default 15).</source>
        <translation>每个响应的等待秒数（默认 15）。</translation>
    </message>
    <message>
        <source>Query the embedded demo endpoint with demo credentials instead of the cloud.</source>
        <translation>使用演示凭据查询内置的演示接入点，而不是云端。</translation>
    </message>
    <message>
        <source>Language of --help, messages and text output: en, ja or zh_CN (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>--help、消息和文本输出的语言：en、ja 或 zh_CN（默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <source>Use a saved profile (see &apos;otadash profile list&apos;): its secret from the system keychain, its region or endpoint, instance ID and signature version unless given here.</source>
        <translation>使用已保存的配置（参见 &apos;otadash profile list&apos;）：密钥取自系统钥匙串；地域或接入点、实例ID和签名版本除非在此指定，否则取自该配置。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS, ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation>凭据来自 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET，以及（使用 STS 时）ALIBABA_CLOUD_SECURITY_TOKEN。</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response.</source>
        <translation>退出码：0 成功，1 用法错误，2 API 错误，3 传输错误或响应格式错误。</translation>
    </message>
    <message>
        <source>With --profile the secret comes from the system keychain; exit code 4 when the keychain is unusable.</source>
        <translation>使用 --profile 时，密钥取自系统钥匙串；钥匙串不可用时退出码为 4。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--signature must be v1 or v3</source>
        <translation>--signature 必须为 v1 或 v3</translation>
    </message>
    <message>
        <source>--http-method must be get or post</source>
        <translation>--http-method 必须为 get 或 post</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout 必须是 0 到 600 之间的秒数</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --profile</source>
        <translation>--demo 不能与 --profile 同时使用</translation>
    </message>
    <message>
        <source>the Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>Environment 配置需要 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos; (see &apos;otadash profile list&apos;)</source>
        <translation>没有名为 &apos;%1&apos; 的配置（参见 &apos;otadash profile list&apos;）</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --region or --endpoint</source>
        <translation>--demo 不能与 --region 或 --endpoint 同时使用</translation>
    </message>
    <message>
        <source>give --region or --endpoint (or set ALIBABA_CLOUD_REGION_ID)</source>
        <translation>请指定 --region 或 --endpoint（或设置 ALIBABA_CLOUD_REGION_ID）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region ID</source>
        <translation>&apos;%1&apos; 不是地域ID</translation>
    </message>
    <message>
        <source>no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>没有凭据：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Recommend: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <source>otadash %1: %2</source>
        <translation>otadash %1：%2</translation>
    </message>
    <message>
        <source>Run &apos;otadash %1 --help&apos; for the options.</source>
        <translation>运行 &apos;otadash %1 --help&apos; 查看选项。</translation>
    </message>
    <message>
        <source>otadash %1: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash %1：演示接入点无法在环回接口上监听</translation>
    </message>
    <message>
        <source>otadash %1: cannot read the secret of profile &apos;%2&apos;: %3</source>
        <translation>otadash %1：无法读取配置 &apos;%2&apos; 的密钥：%3</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>必须指定 %1</translation>
    </message>
    <message>
        <source>give %1 only once</source>
        <translation>%1 只能指定一次</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="24" />
        <source>Connected: the credentials were accepted.</source>
        <translation>已连接：凭据已被接受。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="37" />
        <source>Connected: the gateway accepted the signature and the AccessKey (the test batch does not exist, as expected).</source>
        <translation>已连接：网关接受了签名和 AccessKey（测试用的升级批次不存在，符合预期）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="45" />
        <source>Connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="30" />
        <source>No keychain available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="32" />
        <source>Keychain locked</source>
        <translation>钥匙串已锁定</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="34" />
        <source>Keychain access denied</source>
        <translation>钥匙串拒绝访问</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="36" />
        <source>Secret not found</source>
        <translation>找不到密钥</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="38" />
        <source>Keychain not answering</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="42" />
        <source>Keychain error</source>
        <translation>钥匙串错误</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="50" />
        <source>No Secret Service is available: there is no D-Bus session, or no keychain provider (such as GNOME Keyring or KWallet) is running or has a keyring. Start one and try again.</source>
        <translation>没有可用的 Secret Service：没有 D-Bus 会话，或者没有运行钥匙串提供程序（例如 GNOME Keyring 或 KWallet），或其没有密钥环。请启动一个后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="56" />
        <source>The keyring is locked. Unlock it (for example by logging in to the desktop, or with your keyring's own tool) and try again.</source>
        <translation>密钥环已锁定。请解锁（例如登录桌面，或使用密钥环自带的工具）后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="61" />
        <source>The keychain refused access, or its prompt was dismissed. Allow OtaDash to use the keychain and try again.</source>
        <translation>钥匙串拒绝访问，或其提示被关闭。请允许 OtaDash 使用钥匙串后重试。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="67" />
        <source>The keychain holds no secret for this profile. Enter the AccessKey secret again.</source>
        <translation>钥匙串中没有此配置的密钥。请重新输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="72" />
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt that nobody can see.</source>
        <translation>钥匙串未及时响应；它可能正在等待一个无人能看到的解锁提示。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="78" />
        <source>The keychain reported an error.</source>
        <translation>钥匙串报告了错误。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="82" />
        <source>(Keychain: %1)</source>
        <translation>（钥匙串：%1）</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Update batch status changed</source>
        <translation>升级批次状态已变化</translation>
    </message>
    <message>
        <source>Batch %1 is now %2.</source>
        <comment>batch name, status</comment>
        <translation>升级批次 %1 的状态已变为“%2”。</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <source>Filter products, firmware and batches</source>
        <translation>筛选产品、固件和升级批次</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Read the products, firmware and batches again</source>
        <translation>重新读取产品、固件和升级批次</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Show the selected batch in the main form</source>
        <translation>在主窗体中显示所选升级批次</translation>
    </message>
    <message>
        <source>Add to &amp;watch list</source>
        <translation>添加到关注列表(&amp;W)</translation>
    </message>
    <message>
        <source>Watch the selected batch with the current profile</source>
        <translation>使用当前配置关注所选升级批次</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>加载更多(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;ProductKey</source>
        <translation>复制 ProductKey(&amp;P)</translation>
    </message>
    <message>
        <source>Copy &amp;FirmwareId</source>
        <translation>复制 FirmwareId(&amp;F)</translation>
    </message>
    <message>
        <source>Copy &amp;JobId</source>
        <translation>复制 JobId(&amp;J)</translation>
    </message>
    <message>
        <source>Choose a profile whose secret is available to browse its products.</source>
        <translation>请选择密钥可用的配置以浏览其产品。</translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message>
        <source>The response holds no page.</source>
        <translation>响应中没有分页数据。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <comment>product&apos;s device count</comment>
        <translation>
            <numerusform>%Ln 台设备</numerusform>
        </translation>
    </message>
    <message>
        <source>No verification needed</source>
        <translation>无需验证</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>验证中</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>验证失败</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <comment>batch type, creation time</comment>
        <translation>%1，创建于 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Load more (%1 of %2 shown)</source>
        <translation>加载更多（已显示 %1/%2）</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>ProductKey: %1</source>
        <translation>ProductKey：%1</translation>
    </message>
    <message>
        <source>FirmwareId: %1</source>
        <translation>FirmwareId：%1</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>模块：%1</translation>
    </message>
    <message>
        <source>Differential package</source>
        <translation>差分包</translation>
    </message>
    <message>
        <source>Full package</source>
        <translation>整包</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>JobId: %1</source>
        <translation>JobId：%1</translation>
    </message>
    <message>
        <source>Selection: %1, target: %2</source>
        <translation>选择方式：%1，目标：%2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>结束时间：%1</translation>
    </message>
    <message>
        <source>%1 of %2 loaded</source>
        <translation>已加载 %1/%2</translation>
    </message>
    <message>
        <source>Loading failed: %1</source>
        <translation>加载失败：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>FailureReasonsModel</name>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未提供原因）</translation>
    </message>
</context>
<context>
    <name>JobDetailModel</name>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="101" />
        <source>Not returned</source>
        <translation>未返回</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="101" />
        <source>Not returned. %1</source>
        <translation>未返回。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="122" />
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation><numerusform>%1 分钟</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="126" />
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="133" />
        <source>%1 tag(s)</source>
        <comment>number of tags; plural chosen by the number</comment>
        <translation><numerusform>%1 个标签</numerusform></translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="231" />
        <source>%1
This value is not documented in the API reference.</source>
        <translation>%1
API 参考文档中没有记载此值。</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="232" />
        <source>%1
%2</source>
        <comment>raw value, then what it means</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="237" />
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="243" />
        <source>%1 = %2</source>
        <comment>tag key and value</comment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="261" />
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="263" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="265" />
        <source>Raw value</source>
        <translation>原始值</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="267" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>JobDetailView</name>
    <message>
        <location filename="../ui/JobDetailView.ui" line="17" />
        <source>Enter a batch ID (JobId) and press Enter to query the batch.</source>
        <translation>输入升级批次ID（JobId）并按 Enter 键查询该批次。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="33" />
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="39" />
        <source>Rollout policy</source>
        <translation>升级设置</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="55" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="58" />
        <source>Source versions</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="91" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="111" />
        <source>Schedule</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="103" />
        <source>This batch has no tags.</source>
        <translation>该升级批次没有标签。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="119" />
        <source>Not returned</source>
        <translation>未返回</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="126" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="133" />
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>JobField</name>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="15" />
        <source>Batch ID</source>
        <translation>升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="16" />
        <source>The ID of the update batch.</source>
        <translation>升级批次ID，批次的唯一标识符。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="19" />
        <source>Package name</source>
        <translation>升级包名称</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="20" />
        <source>The name of the update package.</source>
        <translation>升级包名称。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="22" />
        <source>Batch description</source>
        <translation>升级批次描述</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="23" />
        <source>The description of the update batch.</source>
        <translation>升级批次描述。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="25" />
        <source>ProductKey</source>
        <translation>ProductKey</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="26" />
        <source>The ProductKey of the product to which the update package belongs.</source>
        <translation>升级包所属产品的ProductKey。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="29" />
        <source>Package ID</source>
        <translation>升级包ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="30" />
        <source>The ID of the update package.</source>
        <translation>升级包ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="32" />
        <source>Device group ID</source>
        <translation>设备分组ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="33" />
        <source>The ID of the device group to be updated.</source>
        <translation>待升级的设备分组ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="35" />
        <source>Device group name</source>
        <translation>设备分组名称</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="36" />
        <source>The name of the device group to be updated.</source>
        <translation>待升级的设备分组名称。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="39" />
        <source>Batch type</source>
        <translation>批次类型</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="40" />
        <source>Whether the batch verifies an update package or updates devices.</source>
        <translation>批次类型：升级包验证批次或批量升级批次。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="43" />
        <source>Batch status</source>
        <translation>批次状态</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="44" />
        <source>The status of the update batch: planned, in progress, completed or canceled.</source>
        <translation>批次的状态：计划中、执行中、已完成或已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="49" />
        <source>Update policy</source>
        <translation>升级策略</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="50" />
        <source>The update policy of the batch: static (a fixed set of devices) or dynamic.</source>
        <translation>升级策略：静态升级（固定的设备范围）或动态升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="55" />
        <source>Update scope</source>
        <translation>升级范围</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="56" />
        <source>The scope of the update batch: all devices, specified devices or a phased (gray) update. Dynamic batches always return all devices.</source>
        <translation>升级范围：全量升级、定向升级或灰度升级。动态升级批次仅返回全量升级（ALL）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="61" />
        <source>Gray percentage</source>
        <translation>灰度比例</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="62" />
        <source>The share of devices in the phased (gray) update, in percent.</source>
        <translation>灰度升级的灰度比例（百分比）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="63" />
        <source>Returned only if the batch is a phased (gray) update.</source>
        <translation>仅升级范围为灰度升级时，返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="65" />
        <source>Dynamic update mode</source>
        <translation>动态升级模式</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="66" />
        <source>Whether a dynamic update keeps updating every device that meets the conditions, or only devices that later report a new version.</source>
        <translation>动态升级模式：持续对满足升级条件的设备进行升级，或仅对后续上报新版本号的设备生效。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="69" />
        <source>Returned only if the batch is a dynamic update.</source>
        <translation>仅升级策略为动态升级时，返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="71" />
        <source>Overwrite mode</source>
        <translation>覆盖之前的升级任务</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="72" />
        <source>Whether this batch overwrites a device's previous update task. A task that is in progress is never overwritten.</source>
        <translation>是否覆盖之前的升级任务。不覆盖升级中的任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="77" />
        <source>Max devices per minute</source>
        <translation>每分钟最多推送设备数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="78" />
        <source>The maximum number of devices per minute to which the download URL of the update package is pushed.</source>
        <translation>每分钟最多向多少个设备推送升级包下载URL。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="83" />
        <source>Retry count</source>
        <translation>自动重试次数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="84" />
        <source>The number of automatic retries after a device fails to update.</source>
        <translation>设备升级失败后，自动重试次数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="85" />
        <location filename="../app/core/ota/JobField.cpp" line="92" />
        <source>Returned only if a retry policy was set when the batch was created.</source>
        <translation>创建升级批次时，设置了失败重试策略，则返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="88" />
        <source>Retry interval</source>
        <translation>自动重试时间间隔</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="89" />
        <source>The time between automatic retries after a device fails to update, in minutes.</source>
        <translation>设备升级失败后，自动重试时间间隔，单位：分钟。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="95" />
        <source>Update timeout</source>
        <translation>设备升级超时时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="96" />
        <source>The timeout of a device's update, in minutes.</source>
        <translation>设备升级超时时间，单位：分钟。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="97" />
        <source>Returned only if a timeout was set when the batch was created.</source>
        <translation>创建升级批次时，设置了超时时间，则返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="99" />
        <source>Confirm in mobile app</source>
        <translation>App 确认升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="100" />
        <source>Whether the update must be confirmed in your mobile app.</source>
        <translation>是否需要通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="102" />
        <source>Push automatically</source>
        <translation>自动推送升级任务</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="103" />
        <source>Whether IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>物联网平台是否自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="108" />
        <source>Multi-module update</source>
        <translation>多模块同时升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="109" />
        <source>Whether the device supports updating several modules at the same time (default: no).</source>
        <translation>设备是否支持多个模块同时升级（默认：否）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="114" />
        <source>Download protocol</source>
        <translation>下载协议</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="115" />
        <source>The protocol over which devices download the update package, for example HTTPS.</source>
        <translation>升级包的下载协议，例如 HTTPS。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="121" />
        <source>Source versions</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="122" />
        <source>The firmware versions to be updated.</source>
        <translation>待升级版本号列表。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="124" />
        <source>Destination version</source>
        <translation>升级目标版本号</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="125" />
        <source>The destination firmware version of the update.</source>
        <translation>升级目标版本号。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="127" />
        <location filename="../app/core/ota/JobField.cpp" line="222" />
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="128" />
        <source>The tags of the update batch, as key and value pairs.</source>
        <translation>升级批次标签（标签名和标签值）。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="131" />
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="132" />
        <source>When the update batch was created.</source>
        <translation>批次创建时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="134" />
        <source>Scheduled start</source>
        <translation>定时升级发起时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="135" />
        <source>The start time of the scheduled update batch.</source>
        <translation>定时升级发起的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="136" />
        <source>Returned only if the batch is scheduled.</source>
        <translation>仅定时升级任务会返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="138" />
        <source>Started</source>
        <translation>开始执行时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="139" />
        <source>When the update batch started.</source>
        <translation>该批次任务开始执行时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="141" />
        <source>Scheduled end</source>
        <translation>定时升级结束时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="142" />
        <source>The end time of the scheduled update batch.</source>
        <translation>定时升级结束的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="143" />
        <source>Returned only if the batch is scheduled and a scheduled end time was set.</source>
        <translation>仅定时升级任务且设置了定时升级结束时间时会返回该参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="147" />
        <source>Ended</source>
        <translation>执行结束时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="148" />
        <source>When the update batch ended.</source>
        <translation>该批次任务执行结束时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="149" />
        <source>Returned only if the update batch has completed.</source>
        <translation>仅已执行结束的升级批次才返回此参数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="151" />
        <source>Last modified</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="152" />
        <source>When the update batch was last modified.</source>
        <translation>批次最后一次修改时的时间。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="216" />
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="218" />
        <source>Rollout policy</source>
        <translation>升级设置</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="220" />
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="224" />
        <source>Schedule</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <source>List every OTA update batch of a firmware (ListOTAJobByFirmware) and print them.</source>
        <translation>列出某个固件的所有 OTA 升级批次（ListOTAJobByFirmware）并输出。</translation>
    </message>
    <message>
        <source>The firmware whose batches to list.</source>
        <translation>要列出其升级批次的固件。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>text (default): a table of the batches; json: an array of the batches with the API&apos;s field names; csv: a header row, then one row per batch.</source>
        <translation>text（默认）：升级批次表格；json：使用 API 字段名的升级批次数组；csv：先输出表头行，再每个升级批次一行。</translation>
    </message>
    <message>
        <source>Usage: otadash jobs --firmware-id ID [options]</source>
        <translation>用法：otadash jobs --firmware-id ID [选项]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid firmware ID</source>
        <translation>&apos;%1&apos; 不是有效的固件ID</translation>
    </message>
    <message>
        <source>--output must be text, json or csv</source>
        <translation>--output 必须为 text、json 或 csv</translation>
    </message>
    <message>
        <source>ERROR: %1 (firmware %2)</source>
        <translation>错误：%1（固件 %2）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln 个升级批次</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../app/core/util/JsonFormatter.cpp" line="36" />
        <source>Invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../app/core/auth/KeychainCredentialStore.cpp" line="51" />
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="18" />
        <source>Batch &amp;ID (JobId):</source>
        <translation>升级批次ID (JobId)(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="25" />
        <source>e.g. HvKuBpuk3rdk6E92CP****0200</source>
        <translation>例如：HvKuBpuk3rdk6E92CP****0200</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="31" />
        <source>I&amp;nstance ID:</source>
        <translation>实例ID(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="37" />
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>可选，例如：iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="43" />
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="49" />
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58" />
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="86" />
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="96" />
        <source>Code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="104" />
        <source>Request ID:</source>
        <translation>请求ID：</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="130" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="138" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="146" />
        <source>&amp;Query batch</source>
        <translation>查询升级批次(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="150" />
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="154" />
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="155" />
        <source>Language and other settings</source>
        <translation>语言等设置</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="159" />
        <source>&amp;About OtaDash</source>
        <translation>关于 OtaDash(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="76" />
        <source>About OtaDash</source>
        <translation>关于 OtaDash</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="77" />
        <source>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A dashboard for the OTA update batches of IoT Platform.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;物联网平台 OTA 升级批次的仪表板。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="170" />
        <source>Enter an endpoint URL, or choose a region.</source>
        <translation>请输入接入点 URL，或选择地域。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="201" />
        <source>Enter the batch ID (JobId) to query.</source>
        <translation>请输入要查询的升级批次ID（JobId）。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="223" />
        <location filename="../ui/MainWindow.cpp" line="318" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="225" />
        <location filename="../ui/MainWindow.cpp" line="320" />
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="228" />
        <source>Query of %1 failed.</source>
        <translation>查询 %1 失败。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="238" />
        <source>Batch %1 loaded.</source>
        <translation>已加载升级批次 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="249" />
        <source>Querying batch %1…</source>
        <translation>正在查询升级批次 %1…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="299" />
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="300" />
        <source>A request is under way</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="312" />
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="369" />
        <source>Profile %1 in use.</source>
        <translation>正在使用配置 %1。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379" />
        <source>Profile %1: %2</source>
        <translation>配置 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="386" />
        <source>Open File &gt; Profiles… to enter the secret again or to choose another profile.</source>
        <translation>请打开“文件 &gt; 配置…”重新输入密钥，或选择其他配置。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="400" />
        <source>Reading the profile's secret from the keychain…</source>
        <translation>正在从钥匙串读取配置的密钥…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>浏览</translation>
    </message>
    <message numerus="yes">
        <source>Watch list (%n changed)</source>
        <translation>
            <numerusform>关注列表（%n 个有变化）</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>关注列表</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../app/core/auth/MemoryCredentialStore.cpp" line="11" />
        <source>memory, for this session only</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>OtaEnums</name>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="23" />
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="24" />
        <source>The update batch is being planned: it is created, but the scheduled time has not arrived. Only static update batches report this status.</source>
        <translation>计划中。批次已创建，但是定时时间未到。仅定时静态升级的批次可能返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="27" />
        <source>In progress</source>
        <translation>执行中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="28" />
        <source>The update batch is running.</source>
        <translation>升级批次执行中。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="29" />
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="30" />
        <source>The update batch is completed.</source>
        <translation>升级批次已完成。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="31" />
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="32" />
        <source>The update batch is canceled.</source>
        <translation>升级批次已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="35" />
        <source>Firmware verification</source>
        <translation>升级包验证批次</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="36" />
        <source>The batch verifies the update package.</source>
        <translation>升级包验证批次：验证升级包。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="37" />
        <source>Batch update</source>
        <translation>批量升级批次</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="38" />
        <source>The batch updates devices.</source>
        <translation>批量升级批次：对设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="40" />
        <source>Static update</source>
        <translation>静态升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="41" />
        <source>Static update: the batch was created with CreateOTAStaticUpgradeJob.</source>
        <translation>静态升级。调用 CreateOTAStaticUpgradeJob 创建的升级批次，该参数返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="44" />
        <source>Dynamic update</source>
        <translation>动态升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="45" />
        <source>Dynamic update: the batch was created with CreateOTADynamicUpgradeJob.</source>
        <translation>动态升级。调用 CreateOTADynamicUpgradeJob 创建的升级批次，该参数返回该值。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="49" />
        <source>All devices</source>
        <translation>全量升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="50" />
        <source>Updates all devices. Dynamic update batches always report this value.</source>
        <translation>全量升级。调用 CreateOTADynamicUpgradeJob 创建的动态升级批次，该参数仅返回 ALL。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="54" />
        <source>Specified devices</source>
        <translation>定向升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="55" />
        <source>Updates specified devices.</source>
        <translation>定向升级：对指定的设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="57" />
        <source>Phased (gray) update</source>
        <translation>灰度升级</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="58" />
        <source>Performs a phased update.</source>
        <translation>灰度升级：按灰度比例对设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="61" />
        <source>Keep upgrading matching devices</source>
        <translation>持续升级满足条件的设备</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="62" />
        <source>Constantly updates the devices that meet the conditions.</source>
        <translation>除了升级当前满足升级条件的设备，还将持续检查设备是否满足升级条件，对满足升级条件的设备进行升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="64" />
        <source>Only newly reported versions</source>
        <translation>仅后续上报新版本号的设备</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="65" />
        <source>Updates only the devices that subsequently submit the latest firmware versions.</source>
        <translation>仅对后续上报新版本号的设备生效。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="69" />
        <source>Don't overwrite</source>
        <translation>不覆盖</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="70" />
        <source>The previous update task is not overwritten: a device that already has an update task carries out that task.</source>
        <translation>不覆盖。若设备已有升级任务，则只执行已有任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="73" />
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="74" />
        <source>The previous update task is overwritten: only the current update task is carried out. A task in progress is never overwritten.</source>
        <translation>覆盖。设备只执行新的升级任务。不覆盖升级中的任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="78" />
        <location filename="../app/core/ota/OtaEnums.cpp" line="83" />
        <location filename="../app/core/ota/OtaEnums.cpp" line="90" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="79" />
        <source>The update must be confirmed in your mobile app.</source>
        <translation>需要通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="80" />
        <location filename="../app/core/ota/OtaEnums.cpp" line="86" />
        <location filename="../app/core/ota/OtaEnums.cpp" line="94" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="81" />
        <source>The update needs no confirmation in your mobile app.</source>
        <translation>无需通过移动 App 确认升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="84" />
        <source>IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>物联网平台自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="87" />
        <source>IoT Platform does not push the update tasks to the devices automatically.</source>
        <translation>物联网平台不自动向设备推送升级任务。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="91" />
        <source>The device supports simultaneous updates of multiple modules.</source>
        <translation>设备支持多个模块同时升级。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="95" />
        <source>The device does not support simultaneous updates of multiple modules (the default).</source>
        <translation>设备不支持多个模块同时升级（默认）。</translation>
    </message>
</context>
<context>
    <name>OtaJobParser</name>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="28" />
        <source>The response body is empty.</source>
        <translation>响应正文为空。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="78" />
        <source>Unknown field %1 ignored.</source>
        <translation>已忽略未知字段 %1。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="85" />
        <source>Field %1 appears more than once; the last one is used.</source>
        <translation>字段 %1 出现了多次；使用最后一个。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="117" />
        <source>a percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="124" />
        <location filename="../app/core/ota/OtaJobParser.cpp" line="187" />
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="130" />
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="138" />
        <source>an ISO 8601 UTC time</source>
        <translation>ISO 8601 格式的 UTC 时间</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="170" />
        <source>Field %1: "%2" is not %3; the value is kept as text only.</source>
        <translation>字段 %1：“%2”不是%3；该值仅作为文本保留。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="179" />
        <source>Field %1: undocumented value "%2" kept as received.</source>
        <translation>字段 %1：文档中未记载的值“%2”按收到的原样保留。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="216" />
        <source>Success is "%1", neither true nor false.</source>
        <translation>Success 为“%1”，既不是 true 也不是 false。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="222" />
        <source>The response reports success but carries no Data.</source>
        <translation>响应表示成功，但没有 Data。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="348" />
        <source>a list of versions</source>
        <translation>版本列表</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="358" />
        <source>a list of tags</source>
        <translation>标签列表</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="367" />
        <source>a single value</source>
        <translation>单个值</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="376" />
        <source>The XML response is malformed at line %1, column %2: %3.</source>
        <translation>XML 响应在第 %1 行第 %2 列格式错误：%3。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="515" />
        <source>The JSON response is malformed at byte %1: %2.</source>
        <translation>JSON 响应在第 %1 字节处格式错误：%2。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="521" />
        <source>The JSON response is not an object.</source>
        <translation>JSON 响应不是对象。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="536" />
        <source>The Data member is not an object.</source>
        <translation>Data 成员不是对象。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="565" />
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;QueryOTAJobResponse&gt;.</source>
        <translation>XML 响应的根元素为 &lt;%1&gt;；应为 &lt;QueryOTAJobResponse&gt;。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="578" />
        <source>Data appears more than once; the fields are merged.</source>
        <translation>Data 出现了多次；字段已合并。</translation>
    </message>
</context>
<context>
    <name>OtaListCalls</name>
    <message>
        <source>The list could not be read from the response: %1</source>
        <translation>无法从响应中读取列表：%1</translation>
    </message>
</context>
<context>
    <name>OtaListParser</name>
    <message>
        <source>The member %1 is not an object.</source>
        <translation>成员 %1 不是对象。</translation>
    </message>
    <message>
        <source>The paging field %1 is not a count: &quot;%2&quot;.</source>
        <translation>分页字段 %1 不是计数：&quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The response reports success but carries no list.</source>
        <translation>响应表示成功，但不包含列表。</translation>
    </message>
    <message>
        <source>The member %1 is not a list of objects.</source>
        <translation>成员 %1 不是对象列表。</translation>
    </message>
    <message>
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;%2&gt;.</source>
        <translation>XML 响应的根元素是 &lt;%1&gt;，应为 &lt;%2&gt;。</translation>
    </message>
    <message>
        <source>elements nested too deeply</source>
        <translation>元素嵌套过深</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="7" />
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="13" />
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="19" />
        <source>The language of menus, the batch form, messages and the headless query's text output.</source>
        <translation>菜单、升级批次表单、消息以及无界面查询文本输出所用的语言。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="24" />
        <source>Every open window switches at once; dates and numbers follow the language. OtaDash remembers the choice.</source>
        <translation>所有打开的窗口会立即切换，日期和数字也随语言变化。OtaDash 会记住此选择。</translation>
    </message>
    <message>
        <source>&amp;Requests per second:</source>
        <translation>每秒请求数(&amp;R)：</translation>
    </message>
    <message>
        <source>The most requests OtaDash sends per second with one AccessKey.</source>
        <translation>OtaDash 使用同一个 AccessKey 每秒最多发送的请求数。</translation>
    </message>
    <message>
        <source>The account allows 10 requests per second, shared by all its RAM users and tools. Choose fewer to leave room for them.</source>
        <translation>账号每秒最多允许 10 个请求，由其所有 RAM 用户和工具共享。选择较小的值可为它们留出余量。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="96" />
        <location filename="../app/cli/ProfileCommand.cpp" line="401" />
        <source>otadash profile: %1</source>
        <translation>otadash profile：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="97" />
        <source>Run 'otadash profile --help' for the subcommands.</source>
        <translation>运行 'otadash profile --help' 查看子命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="105" />
        <source>Usage: otadash profile SUBCOMMAND [options]</source>
        <translation>用法：otadash profile SUBCOMMAND [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="106" />
        <source>Subcommands:</source>
        <translation>子命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="110" />
        <source>Save a profile; the AccessKey secret (then, with --sts, the SecurityToken) is read from standard input.</source>
        <translation>保存配置；AccessKey Secret（使用 --sts 时其后为 SecurityToken）从标准输入读取。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="115" />
        <source>List the profiles (never their secrets); * marks the last used one.</source>
        <translation>列出配置（从不显示密钥）；* 表示最近使用的配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="118" />
        <source>Remove a profile and its keychain entries.</source>
        <translation>删除配置及其钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="121" />
        <source>Import the AK and StsToken profiles of the aliyun CLI (default ~/.aliyun/config.json).</source>
        <translation>导入 aliyun CLI 的 AK 和 StsToken 配置（默认 ~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="124" />
        <source>Secrets are kept in the system keychain only. Exit codes: 0 done, 1 usage, 4 keychain unusable (nothing saved), 5 settings not writable.</source>
        <translation>密钥只保存在系统钥匙串中。退出码：0 完成，1 用法错误，4 钥匙串不可用（未保存任何内容），5 设置不可写。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="133" />
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="135" />
        <source>The AccessKey ID.</source>
        <translation>AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="135" />
        <location filename="../app/cli/ProfileCommand.cpp" line="140" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="136" />
        <source>The region, e.g. cn-shanghai.</source>
        <translation>地域，例如 cn-shanghai。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="136" />
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="138" />
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>用于替代 https://iot.&lt;region&gt;.aliyuncs.com/ 的自定义接入点 URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139" />
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="140" />
        <source>The IotInstanceId.</source>
        <translation>IotInstanceId。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="141" />
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="144" />
        <source>STS credentials: a SecurityToken follows the secret on standard input.</source>
        <translation>STS 凭据：标准输入中密钥之后跟随 SecurityToken。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="146" />
        <source>Remove the profile even when its keychain entries cannot be removed.</source>
        <translation>即使无法删除其钥匙串条目，也删除该配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147" />
        <source>The aliyun CLI configuration to import.</source>
        <translation>要导入的 aliyun CLI 配置文件。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147" />
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="154" />
        <source>Usage: otadash profile add NAME --access-key-id ID [options] &lt; secret</source>
        <translation>用法：otadash profile add NAME --access-key-id ID [选项] &lt; secret</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="157" />
        <source>Usage: otadash profile list</source>
        <translation>用法：otadash profile list</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="161" />
        <source>Usage: otadash profile remove NAME [--force]</source>
        <translation>用法：otadash profile remove NAME [--force]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="165" />
        <source>Usage: otadash profile import-aliyun [--file PATH]</source>
        <translation>用法：otadash profile import-aliyun [--file PATH]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="167" />
        <source>unknown subcommand '%1'</source>
        <translation>未知子命令 '%1'</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="180" />
        <source>give the profile's name</source>
        <translation>请指定配置名称</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="181" />
        <location filename="../app/cli/ProfileCommand.cpp" line="183" />
        <source>unexpected argument '%1'</source>
        <translation>意外的参数 '%1'</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="197" />
        <source>--signature must be v1 or v3</source>
        <translation>--signature 必须为 v1 或 v3</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="201" />
        <source>--access-key-id is required</source>
        <translation>必须指定 --access-key-id</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="209" />
        <source>the Environment profile comes from the ALIBABA_CLOUD_* variables; unset them instead</source>
        <translation>Environment 配置来自 ALIBABA_CLOUD_* 变量；请改为取消设置这些变量</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="213" />
        <source>there is no profile named '%1'</source>
        <translation>没有名为 '%1' 的配置</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="256" />
        <source>otadash profile: %1: %2</source>
        <translation>otadash profile：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="284" />
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="286" />
        <source>otadash profile: no AccessKey secret on standard input</source>
        <translation>otadash profile：标准输入中没有 AccessKey Secret</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="292" />
        <source>STS SecurityToken:</source>
        <translation>STS SecurityToken：</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="294" />
        <source>otadash profile: --sts needs the SecurityToken on the line after the secret</source>
        <translation>otadash profile：--sts 需要在密钥的下一行提供 SecurityToken</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="305" />
        <source>cannot store the secret</source>
        <translation>无法存储密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="306" />
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="312" />
        <location filename="../app/cli/ProfileCommand.cpp" line="381" />
        <source>otadash profile: cannot write %1</source>
        <translation>otadash profile：无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="320" />
        <source>Profile '%1' saved; its secret is in %2.</source>
        <translation>已保存配置 '%1'；其密钥位于%2。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="333" />
        <source>No profiles. Add one with 'otadash profile add' or 'otadash profile import-aliyun'.</source>
        <translation>没有配置。请用 'otadash profile add' 或 'otadash profile import-aliyun' 添加。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="339" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="339" />
        <source>REGION/ENDPOINT</source>
        <translation>REGION/ENDPOINT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="339" />
        <source>INSTANCE</source>
        <translation>INSTANCE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="340" />
        <source>ACCESS KEY ID</source>
        <translation>ACCESS KEY ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="340" />
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="340" />
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="345" />
        <source>(environment, read-only)</source>
        <translation>（环境变量，只读）</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="348" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="348" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="373" />
        <source>cannot remove the keychain entries of '%1'</source>
        <translation>无法删除 '%1' 的钥匙串条目</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="374" />
        <source>The profile was kept; --force removes it anyway (its keychain entries stay).</source>
        <translation>配置已保留；--force 可强制删除（其钥匙串条目会保留）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="386" />
        <source>Profile '%1' and its keychain entries removed.</source>
        <translation>已删除配置 '%1' 及其钥匙串条目。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="388" />
        <source>warning: the keychain entries of '%1' stay: %2</source>
        <translation>警告：'%1' 的钥匙串条目仍然保留：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="391" />
        <source>Profile '%1' removed.</source>
        <translation>已删除配置 '%1'。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="406" />
        <source>%1 has no profiles.</source>
        <translation>%1 中没有配置。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="416" />
        <source>imported  %1 as profile '%2'</source>
        <translation>已导入：%1 → 配置 '%2'</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="419" />
        <source>updated   %1 in profile '%2'</source>
        <translation>已更新：%1 → 配置 '%2'</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="422" />
        <source>skipped   %1: %2</source>
        <translation>已跳过：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="425" />
        <source>failed    %1: %2</source>
        <translation>失败：%1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="436" />
        <source>cannot store the imported secrets</source>
        <translation>无法存储导入的密钥</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="437" />
        <source>The remaining profiles were not imported.</source>
        <translation>其余配置未导入。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="6" />
        <location filename="../ui/ProfileDialog.ui" line="14" />
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="19" />
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="20" />
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="21" />
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="26" />
        <source>&amp;Import from aliyun CLI…</source>
        <translation>从 aliyun CLI 导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="27" />
        <source>Import the AK and StsToken profiles of ~/.aliyun/config.json; their secrets go straight to the keychain.</source>
        <translation>导入 ~/.aliyun/config.json 中的 AK 和 StsToken 配置；其密钥直接存入钥匙串。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="33" />
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="47" />
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="49" />
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="51" />
        <source>&amp;Endpoint:</source>
        <translation>接入点(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="52" />
        <source>https://iot.cn-shanghai.aliyuncs.com/</source>
        <translation>https://iot.cn-shanghai.aliyuncs.com/</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="53" />
        <source>I&amp;nstance ID:</source>
        <translation>实例ID(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="54" />
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>可选，例如：iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="55" />
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="57" />
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="61" />
        <location filename="../ui/ProfileDialog.cpp" line="623" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="64" />
        <source>Temporary &amp;STS credentials (with a SecurityToken)</source>
        <translation>临时 STS 凭据（含 SecurityToken）(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="65" />
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="67" />
        <source>Si&amp;gnature:</source>
        <translation>签名(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="99" />
        <source>&amp;Keep for this session only</source>
        <translation>仅在本次会话中保留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="100" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="108" />
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="110" />
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="81" />
        <source>Nothing was saved.</source>
        <translation>未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="109" />
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="111" />
        <source>From the ALIBABA_CLOUD_* environment variables.</source>
        <translation>来自 ALIBABA_CLOUD_* 环境变量。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="120" />
        <source>Its secret is kept for this session only.</source>
        <translation>其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="196" />
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="321" />
        <location filename="../ui/ProfileDialog.cpp" line="503" />
        <source>Enter the AccessKey secret.</source>
        <translation>请输入 AccessKey Secret。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="327" />
        <source>Enter the SecurityToken of the STS credentials.</source>
        <translation>请输入 STS 凭据的 SecurityToken。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="358" />
        <source>Saving the secret in %1…</source>
        <translation>正在将密钥保存到%1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="368" />
        <source>The secret could not be saved.</source>
        <translation>无法保存密钥。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="386" />
        <source>You can keep the secret for this session only: OtaDash holds it in memory and forgets it when it quits. Nothing is written to disk instead.</source>
        <translation>您可以仅在本次会话中保留密钥：OtaDash 将其保存在内存中，退出时即丢弃。不会改为写入磁盘。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="415" />
        <source>Profile “%1” saved; its secret is kept for this session only.</source>
        <translation>已保存配置“%1”；其密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="417" />
        <source>Profile “%1” saved.</source>
        <translation>已保存配置“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="425" />
        <location filename="../ui/ProfileDialog.cpp" line="434" />
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="426" />
        <source>Delete the profile “%1” and its secret in %2?</source>
        <translation>删除配置“%1”及其在%2中的密钥？</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="435" />
        <source>The secret could not be removed from the keychain: %1

Delete the profile anyway? Its keychain entry stays.</source>
        <translation>无法从钥匙串中删除密钥：%1

仍要删除该配置吗？其钥匙串条目将保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="442" />
        <source>Profile “%1” deleted.</source>
        <translation>已删除配置“%1”。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="457" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="484" />
        <source>The copy has no secret yet (%1): enter it and save.</source>
        <translation>副本还没有密钥（%1）：请输入后保存。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="511" />
        <source>Reading the secret…</source>
        <translation>正在读取密钥…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="528" />
        <source>Testing %1…</source>
        <translation>正在测试 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="536" />
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="542" />
        <source>Request ID: %1</source>
        <translation>请求ID：%1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="543" />
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="555" />
        <source>Import from the aliyun CLI</source>
        <translation>从 aliyun CLI 导入</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="557" />
        <source>aliyun CLI configuration (config.json);;All files (*)</source>
        <translation>aliyun CLI 配置文件 (config.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="567" />
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="590" />
        <source>%1 as “%2”</source>
        <translation>%1，作为“%2”</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="591" />
        <source>%1 updated “%2”</source>
        <translation>%1 更新了“%2”</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="603" />
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="605" />
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="611" />
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="614" />
        <source>%n profile(s) imported.</source>
        <translation><numerusform>已导入 %n 个配置。</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="620" />
        <source>Custom endpoint</source>
        <translation>自定义接入点</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="621" />
        <source>V3 (ACS3-HMAC-SHA256)</source>
        <translation>V3 (ACS3-HMAC-SHA256)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="622" />
        <source>V1 (HMAC-SHA1)</source>
        <translation>V1 (HMAC-SHA1)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="623" />
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="624" />
        <source>Show or hide the secret and the token while you type them.</source>
        <translation>输入时显示或隐藏密钥和令牌。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="626" />
        <source>These credentials come from the ALIBABA_CLOUD_* environment variables and cannot be edited here. Duplicate them to keep them as a profile.</source>
        <translation>这些凭据来自 ALIBABA_CLOUD_* 环境变量，无法在此编辑。复制后即可作为配置保存。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="631" />
        <source>from ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>来自 ALIBABA_CLOUD_ACCESS_KEY_SECRET</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="634" />
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="635" />
        <source>The secret and the token are stored in %1, never in a file.</source>
        <translation>密钥和令牌存储在%1中，绝不写入文件。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="638" />
        <source>stored; type a new one to replace it</source>
        <translation>已存储；输入新值即可替换</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="640" />
        <source>The secret is kept for this session only.</source>
        <translation>密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="641" />
        <source>The secret and the token are stored in %1; leave the fields empty to keep them.</source>
        <translation>密钥和令牌存储在%1中；保留现有值请将字段留空。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="119" />
        <source>Enter a name for the profile.</source>
        <translation>请输入配置名称。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="122" />
        <source>A profile name has at most %1 characters.</source>
        <translation>配置名称最多 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="125" />
        <source>A profile name cannot contain control characters.</source>
        <translation>配置名称不能包含控制字符。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="128" />
        <source>The name '%1' is reserved for the credentials of the ALIBABA_CLOUD_* environment variables.</source>
        <translation>名称 '%1' 保留给 ALIBABA_CLOUD_* 环境变量中的凭据使用。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="132" />
        <source>A profile named '%1' already exists.</source>
        <translation>名为 '%1' 的配置已存在。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="136" />
        <source>Choose a region or enter a custom endpoint.</source>
        <translation>请选择地域或输入自定义接入点。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="140" />
        <source>'%1' is not a region ID (for example cn-shanghai).</source>
        <translation>'%1' 不是地域ID（例如 cn-shanghai）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="149" />
        <source>'%1' is not an instance ID: use letters, digits, '-' and '_' (for example iot-cn-0pp1n8t).</source>
        <translation>'%1' 不是实例ID：请使用字母、数字、'-' 和 '_'（例如 iot-cn-0pp1n8t）。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="156" />
        <source>Enter the AccessKey ID.</source>
        <translation>请输入 AccessKey ID。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="159" />
        <source>An AccessKey ID consists of letters, digits and dots only.</source>
        <translation>AccessKey ID 只能包含字母、数字和点。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="182" />
        <source>This profile cannot be changed here.</source>
        <translation>无法在此更改该配置。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="195" />
        <source>There is no such profile.</source>
        <translation>没有这样的配置。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="196" />
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="25" />
        <location filename="../ui/ProfileSwitcher.cpp" line="127" />
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="58" />
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="68" />
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/main.cpp" line="37" />
        <source>Displays help on commandline options.</source>
        <translation>显示命令行选项的帮助。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="38" />
        <source>Displays help including Qt specific options.</source>
        <translation>显示包括 Qt 特有选项的帮助。</translation>
    </message>
</context>
<context>
    <name>QueryCommand</name>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="50" />
        <source>Query OTA update batches (QueryOTAJob) and print them.</source>
        <translation>查询 OTA 升级批次（QueryOTAJob）并输出。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="54" />
        <source>The batch ID to query; repeat for several batches.</source>
        <translation>要查询的升级批次ID；查询多个批次时重复指定。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="54" />
        <location filename="../app/cli/QueryCommand.cpp" line="56" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="66" />
        <source>Response format to request: json (default) or xml.</source>
        <translation>请求的响应格式：json（默认）或 xml。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="69" />
        <source>json: the response body as received, keys sorted and indented; text: the fields as the form shows them.</source>
        <translation>json：按收到的响应正文输出（键已排序并缩进）；text：按表单的显示方式输出字段。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="95" />
        <source>Usage: otadash query --job-id ID [--job-id ID ...] [options]</source>
        <translation>用法：otadash query --job-id ID [--job-id ID ...] [选项]</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="117" />
        <source>'%1' is not a valid batch ID</source>
        <translation>'%1' 不是有效的升级批次ID</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="127" />
        <source>--format must be json or xml</source>
        <translation>--format 必须为 json 或 xml</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="131" />
        <source>--output must be json or text</source>
        <translation>--output 必须为 json 或 text</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="278" />
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="293" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="297" />
        <source>Batch %1</source>
        <translation>升级批次 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="307" />
        <source>(not returned)</source>
        <translation>（未返回）</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="308" />
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>QueryOtaJob</name>
    <message>
        <location filename="../app/core/api/QueryOtaJob.cpp" line="33" />
        <source>The batch could not be read from the response: %1</source>
        <translation>无法从响应中读取升级批次：%1</translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>RpcCall</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="122" />
        <source>The response announced %1 bytes; the limit is %2.</source>
        <translation>响应声明的大小为 %1 字节，上限为 %2 字节。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="132" />
        <source>The server's certificate was not accepted: %1</source>
        <translation>服务器证书未被接受：%1</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="138" />
        <source>No complete answer within %1 seconds.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="148" />
        <source>The request was canceled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="158" />
        <source>The response exceeded %1 bytes and was discarded.</source>
        <translation>响应超过 %1 字节，已丢弃。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="210" />
        <source>The server closed the connection before it answered.</source>
        <translation>服务器在响应前关闭了连接。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="212" />
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>在服务器声明的 %2 字节中收到 %1 字节后，连接已关闭。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="214" />
        <source>The connection closed after %1 bytes, before the answer was complete.</source>
        <translation>收到 %1 字节后、响应完成前，连接已关闭。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="226" />
        <source>The endpoint redirected to %1; redirects are not followed.</source>
        <translation>接入点重定向到 %1；不会跟随重定向。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="255" />
        <source>The server answered HTTP %1 without an API error body.</source>
        <translation>服务器返回了 HTTP %1，但没有 API 错误正文。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="272" />
        <source>The strings to sign differ from character %1 on.</source>
        <translation>待签名字符串从第 %1 个字符起不同。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="283" />
        <source>The response body was empty.</source>
        <translation>响应正文为空。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="284" />
        <source>The response body is neither valid JSON nor valid XML.</source>
        <translation>响应正文既不是有效的 JSON，也不是有效的 XML。</translation>
    </message>
</context>
<context>
    <name>RpcClient</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="377" />
        <source>The endpoint is not a valid URL with a host.</source>
        <translation>接入点不是包含主机的有效 URL。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="379" />
        <source>The endpoint must not contain a user name or password.</source>
        <translation>接入点不得包含用户名或密码。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="381" />
        <source>The endpoint must not contain a query or a fragment.</source>
        <translation>接入点不得包含查询参数或片段。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="387" />
        <source>Plain http:// is refused for %1: only a server on this computer (loopback) may be reached without TLS.</source>
        <translation>拒绝对 %1 使用未加密的 http://：只有本机上的服务器（环回地址）可以不经 TLS 访问。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="391" />
        <source>The endpoint must use https://.</source>
        <translation>接入点必须使用 https://。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="492" />
        <source>An AccessKeyId and an AccessKey secret are required.</source>
        <translation>需要 AccessKeyId 和 AccessKey Secret。</translation>
    </message>
</context>
<context>
    <name>SourceVersionsModel</name>
    <message>
        <location filename="../app/core/models/SourceVersionsModel.cpp" line="41" />
        <source>Source version</source>
        <translation>待升级版本号</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="51" />
        <source>Key</source>
        <translation>标签名</translation>
    </message>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="53" />
        <source>Value</source>
        <translation>标签值</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Awaiting confirmation</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待推送</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>升级中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>升级成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>升级失败</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>失败原因</translation>
    </message>
    <message>
        <source>Source version</source>
        <translation>待升级版本号</translation>
    </message>
    <message>
        <source>Destination version</source>
        <translation>升级目标版本号</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Task ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message>
        <source>List every device task of an OTA update batch (ListOTATaskByJob) and print them.</source>
        <translation>列出 OTA 升级批次的所有设备任务（ListOTATaskByJob）并输出。</translation>
    </message>
    <message>
        <source>The batch whose device tasks to list.</source>
        <translation>要列出其设备任务的升级批次。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only tasks with this status: %1. Repeat or separate with commas for several.</source>
        <translation>仅列出此状态的任务：%1。指定多个状态时重复指定或用逗号分隔。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>csv (default): a header row, then one row per task; json: an array of the tasks with the API&apos;s field names.</source>
        <translation>csv（默认）：先输出表头行，再每个任务一行；json：使用 API 字段名的任务数组。</translation>
    </message>
    <message>
        <source>Usage: otadash tasks --job-id ID [--status STATUS ...] [options]</source>
        <translation>用法：otadash tasks --job-id ID [--status STATUS ...] [选项]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; 不是有效的升级批次ID</translation>
    </message>
    <message>
        <source>unknown task status &apos;%1&apos;; use %2</source>
        <translation>未知的任务状态 &apos;%1&apos;；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>--output must be csv or json</source>
        <translation>--output 必须为 csv 或 json</translation>
    </message>
    <message numerus="yes">
        <source>Fetched %Ln task(s)</source>
        <translation>
            <numerusform>已获取 %Ln 个任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln task(s)</source>
        <translation>
            <numerusform>已获取 %1 / %Ln 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>ERROR: %1 (batch %2)</source>
        <translation>错误：%1（升级批次 %2）</translation>
    </message>
    <message>
        <source>otadash tasks: the listing stopped before every task was read</source>
        <translation>otadash tasks：在读取全部任务之前列出已停止</translation>
    </message>
    <message numerus="yes">
        <source>warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one status.</source>
        <translation>
            <numerusform>警告：另有 %Ln 个任务无法列出：对于同一状态，API 最多返回 %1 个任务。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>%n 秒前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>%n 分钟前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>%n 小时前更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>%n 天前更新</numerusform>
        </translation>
    </message>
    <message>
        <source>JobId: %1</source>
        <translation>JobId：%1</translation>
    </message>
    <message>
        <source>Last updated: %1</source>
        <translation>最后更新：%1</translation>
    </message>
    <message>
        <source>Update failed: %1</source>
        <translation>更新失败：%1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>尚未更新</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <source>Batch ID (JobId) to watch</source>
        <translation>要关注的升级批次ID（JobId）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add this batch to the watch list, read with the current profile</source>
        <translation>将此升级批次添加到关注列表，并使用当前配置读取</translation>
    </message>
    <message>
        <source>Au&amp;to-refresh:</source>
        <translation>自动刷新(&amp;T)：</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>立即刷新(&amp;N)</translation>
    </message>
    <message>
        <source>Read the status of every watched batch again</source>
        <translation>重新读取所有已关注升级批次的状态</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching the selected batches (Delete)</source>
        <translation>取消关注所选升级批次（Delete）</translation>
    </message>
    <message>
        <source>Enter the batch ID (JobId) to watch.</source>
        <translation>请输入要关注的升级批次ID（JobId）。</translation>
    </message>
    <message>
        <source>Choose a profile first: a batch is read with the profile it was added with.</source>
        <translation>请先选择配置：升级批次将使用添加时的配置读取。</translation>
    </message>
    <message>
        <source>Batch %1 is already on the watch list (profile %2).</source>
        <translation>升级批次 %1 已在关注列表中（配置 %2）。</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Every %n s</source>
        <comment>auto-refresh interval in seconds</comment>
        <translation>
            <numerusform>每 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <comment>auto-refresh interval in minutes</comment>
        <translation>
            <numerusform>每 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>WatchListRefresher</name>
    <message>
        <source>The credentials of profile %1 are not available.</source>
        <translation>配置 %1 的凭据不可用。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="65" />
        <source>otadash: unsupported language '%1' for --lang; use en, ja or zh_CN.</source>
        <translation>otadash：--lang 不支持语言 '%1'；请使用 en、ja 或 zh_CN。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70" />
        <source>Run 'otadash --help' for the options.</source>
        <translation>运行 'otadash --help' 查看选项。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81" />
        <source>Open the dashboard on the embedded demo endpoint.</source>
        <translation>在内置的演示接入点上打开仪表板。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="82" />
        <source>Query this batch at start.</source>
        <translation>启动时查询此升级批次。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="83" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="86" />
        <source>Save a PNG of the window after the first query, then quit.</source>
        <translation>首次查询后将窗口保存为 PNG，然后退出。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="87" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="89" />
        <source>Language of the user interface: en, ja or zh_CN (default: the one chosen in Preferences, else the system's).</source>
        <translation>用户界面语言：en、ja 或 zh_CN（默认：首选项中选择的语言，否则为系统语言）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93" />
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="96" />
        <source>Quit once the window has been painted (start-up benchmark).</source>
        <translation>窗口绘制完成后退出（用于启动基准测试）。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="144" />
        <source>otadash: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash：演示接入点无法在环回接口上监听</translation>
    </message>
    <message>
        <source>Dashboard for the OTA update batches of Alibaba Cloud IoT Platform.

Headless (otadash COMMAND --help for details):
  otadash query --job-id ID [options]                query batches
  otadash tasks --job-id ID [--status S] [options]   list the device tasks of a batch
  otadash jobs --firmware-id ID [options]            list the batches of a firmware</source>
        <translation>阿里云物联网平台 OTA 升级批次的仪表板。

无界面（详见 otadash COMMAND --help）：
  otadash query --job-id ID [选项]                查询升级批次
  otadash tasks --job-id ID [--status S] [选项]   列出升级批次的设备任务
  otadash jobs --firmware-id ID [选项]            列出固件的升级批次</translation>
    </message>
    <message>
        <source>Tab to show: details or devices (default: details). With --screenshot and devices, the picture is taken once the task counts and the first tasks are there.</source>
        <translation>要显示的选项卡：details 或 devices（默认：details）。与 --screenshot 一起指定 devices 时，在任务数和第一批任务加载完成后截图。</translation>
    </message>
    <message>
        <source>TAB</source>
        <translation>TAB</translation>
    </message>
    <message>
        <source>otadash: unknown tab &apos;%1&apos; for --tab; use details or devices.</source>
        <translation>otadash：--tab 不支持选项卡 &apos;%1&apos;；请使用 details 或 devices。</translation>
    </message>
</context>
</TS>
