<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AliyunConfig</name>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="34"/>
        <source>assumes a RAM role starting from another profile at run time; import that source profile instead if it is an AccessKey</source>
        <translation>実行時に別のプロファイルから RAM ロールを引き受けます。元のプロファイルが AccessKey であれば、代わりにそちらをインポートしてください</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="39"/>
        <source>takes temporary credentials from the ECS instance metadata service; there is no secret to import</source>
        <translation>ECS インスタンスのメタデータサービスから一時的な認証情報を取得します。インポートするシークレットはありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="44"/>
        <source>deprecated mode that assumes a role from ECS credentials at run time</source>
        <translation>実行時に ECS の認証情報からロールを引き受ける、非推奨のモードです</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="47"/>
        <source>deprecated mode that exchanges an RSA key pair for a session key at run time</source>
        <translation>実行時に RSA キーペアをセッションキーと交換する、非推奨のモードです</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="51"/>
        <source>runs an external program for credentials at run time; there is no secret to import</source>
        <translation>実行時に外部プログラムを実行して認証情報を取得します。インポートするシークレットはありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="55"/>
        <source>fetches credentials from a URI at run time; there is no secret to import</source>
        <translation>実行時に URI から認証情報を取得します。インポートするシークレットはありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="58"/>
        <source>exchanges an OIDC token for temporary credentials at run time</source>
        <translation>実行時に OIDC トークンを一時的な認証情報と交換します</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="61"/>
        <source>signs in through CloudSSO and receives short-lived credentials at run time</source>
        <translation>実行時に CloudSSO でサインインし、有効期間の短い認証情報を受け取ります</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="64"/>
        <source>signs in through OAuth and receives short-lived credentials at run time</source>
        <translation>実行時に OAuth でサインインし、有効期間の短い認証情報を受け取ります</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="67"/>
        <source>a bearer token is not an AccessKey and cannot sign IoT Platform requests</source>
        <translation>ベアラートークンは AccessKey ではなく、IoT Platform へのリクエストに署名できません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="70"/>
        <source>holds no credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="71"/>
        <source>unknown mode &apos;%1&apos;</source>
        <translation>不明なモード &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="82"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません (%2 バイト目: %1)</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="89"/>
        <source>no &quot;profiles&quot; list: not an aliyun CLI configuration</source>
        <translation>&quot;profiles&quot; のリストがありません。aliyun CLI の設定ファイルではありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="129"/>
        <source>the AccessKey ID or secret is missing</source>
        <translation>AccessKey ID または Secret がありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="132"/>
        <source>the STS token is missing</source>
        <translation>STS トークンがありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="137"/>
        <source>no region_id; set one with &apos;aliyun configure set --profile %1 --region &lt;region&gt;&apos; and import again</source>
        <translation>region_id がありません。&apos;aliyun configure set --profile %1 --region &lt;region&gt;&apos; で設定してから、もう一度インポートしてください</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="144"/>
        <source>region_id &apos;%1&apos; is not a region ID</source>
        <translation>region_id &apos;%1&apos; はリージョン ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="156"/>
        <source>STS tokens expire; import again after &apos;aliyun&apos; has a new one</source>
        <translation>STS トークンには有効期限があります。&apos;aliyun&apos; が新しいトークンを取得したら、もう一度インポートしてください</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="171"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AliyunConfig.cpp" line="179"/>
        <source>%1 is too large for an aliyun CLI configuration</source>
        <translation>%1 は aliyun CLI の設定ファイルとしては大きすぎます</translation>
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
        <translation>署名が拒否されました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="27"/>
        <source>AccessKey not accepted</source>
        <translation>AccessKey が受け付けられませんでした</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="29"/>
        <source>Clock out of step with the server</source>
        <translation>サーバーと時刻がずれています</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="31"/>
        <source>Request replay rejected</source>
        <translation>リクエストの再送が拒否されました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="33"/>
        <source>Request rate limit reached</source>
        <translation>リクエストのレート制限に達しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="35"/>
        <source>Permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="37"/>
        <source>Role cannot be assumed</source>
        <translation>ロールを引き受けられません</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="39"/>
        <source>Role session refused</source>
        <translation>ロールのセッションが拒否されました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="41"/>
        <source>Server error</source>
        <translation>サーバーエラー</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="42"/>
        <source>Request rejected by the gateway</source>
        <translation>ゲートウェイがリクエストを拒否しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="44"/>
        <source>IoT Platform reported an error</source>
        <translation>IoT Platform がエラーを返しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="50"/>
        <source>Endpoint refused</source>
        <translation>エンドポイントを使用できません</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="52"/>
        <source>No credentials</source>
        <translation>認証情報がありません</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="54"/>
        <source>Request timed out</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="56"/>
        <source>Connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="58"/>
        <source>Connection closed unexpectedly</source>
        <translation>接続が予期せず切断されました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="60"/>
        <source>Host not found</source>
        <translation>ホストが見つかりません</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="62"/>
        <source>Secure connection failed</source>
        <translation>セキュア接続に失敗しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="64"/>
        <source>Redirect refused</source>
        <translation>リダイレクトを拒否しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="66"/>
        <source>Response too large</source>
        <translation>レスポンスが大きすぎます</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="68"/>
        <source>Malformed response</source>
        <translation>レスポンスの形式が不正です</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="70"/>
        <source>Request canceled</source>
        <translation>リクエストがキャンセルされました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="72"/>
        <source>Proxy error</source>
        <translation>プロキシのエラー</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="74"/>
        <source>Proxy refused the credentials</source>
        <translation>プロキシが資格情報を拒否しました</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="79"/>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="89"/>
        <source>The gateway refuses requests whose time differs from its own by more than 15 minutes. Set this computer&apos;s clock automatically (network time) and try again.</source>
        <translation>ゲートウェイは、時刻がゲートウェイと 15 分以上ずれているリクエストを拒否します。このコンピューターの時刻を自動設定 (ネットワーク時刻) にしてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="96"/>
        <source>The server computed the same string to sign as OtaDash, so the AccessKey secret is wrong. Check the secret of this profile.</source>
        <translation>サーバーが計算した署名対象文字列は OtaDash のものと同じです。したがって AccessKey Secret が間違っています。このプロファイルの Secret を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="99"/>
        <source>The server signed a different request than OtaDash sent: something between you and the endpoint (a proxy or gateway) altered the request.</source>
        <translation>サーバーは OtaDash が送信したものとは異なるリクエストに署名しました。お使いの環境とエンドポイントの間にあるもの (プロキシやゲートウェイ) がリクエストを改変しています。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="106"/>
        <source>Check the AccessKeyId of this profile; an expired STS token gives the same error.</source>
        <translation>このプロファイルの AccessKeyId を確認してください。有効期限が切れた STS トークンでも同じエラーになります。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="108"/>
        <source>Your computer&apos;s clock differs from the server&apos;s by more than 15 minutes. Set the clock automatically and try again.</source>
        <translation>お使いのコンピューターの時刻がサーバーと 15 分以上ずれています。時刻を自動設定にしてから再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="112"/>
        <source>The same request was sent twice. Send it again; every new request gets a fresh nonce.</source>
        <translation>同じリクエストが 2 回送信されました。もう一度送信してください。新しいリクエストには毎回新しい nonce が付きます。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="115"/>
        <source>The account allows 10 requests per second, shared by all its RAM users. Wait a moment and try again.</source>
        <translation>このアカウントでは 1 秒あたり 10 リクエストまで実行でき、すべての RAM ユーザーがこのクォータを共有します。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="118"/>
        <source>The RAM user lacks permission for this action (for example iot:QueryOTAJob).</source>
        <translation>RAM ユーザーにこの操作の権限 (例: iot:QueryOTAJob) がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="120"/>
        <source>A required parameter was not sent.</source>
        <translation>必須パラメーターが送信されていません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="123"/>
        <source>This AccessKey may not assume the role: the role&apos;s trust policy must name its RAM user (or account), the user needs the AliyunSTSAssumeRoleAccess policy, and where the trust policy requires an external ID, the profile&apos;s must match it. An Alibaba Cloud account&apos;s own AccessKey cannot assume roles.</source>
        <translation>この AccessKey ではロールを引き受けられません。ロールの信頼ポリシーにこの RAM ユーザー (またはアカウント) が含まれていること、ユーザーに AliyunSTSAssumeRoleAccess ポリシーが付与されていること、信頼ポリシーが外部 ID を求める場合はプロファイルの外部 ID が一致していることが必要です。Alibaba Cloud アカウント自体の AccessKey ではロールを引き受けられません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="129"/>
        <source>No role has this RoleArn: copy it from the role&apos;s page in the RAM console (acs:ram::&lt;account ID&gt;:role/&lt;name&gt;).</source>
        <translation>この RoleArn のロールはありません。RAM コンソールのロールのページからコピーしてください (acs:ram::&lt;アカウント ID&gt;:role/&lt;名前&gt;)。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="132"/>
        <source>The session duration is longer than the role&apos;s maximum session duration (an hour unless the role was given more) or shorter than 900 seconds: change the profile&apos;s duration.</source>
        <translation>セッションの有効期間がロールの最大セッション期間 (延長されていなければ 1 時間) より長いか、900 秒より短くなっています。プロファイルの有効期間を変更してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="136"/>
        <source>The session name must have 2 to 64 letters, digits or . @ - _ characters.</source>
        <translation>セッション名は 2～64 文字の英字、数字、. @ - _ で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="138"/>
        <source>The profile&apos;s policy is not a valid RAM policy document.</source>
        <translation>プロファイルのポリシーは有効な RAM ポリシードキュメントではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="140"/>
        <source>The service had a problem. Try again later.</source>
        <translation>サービスで問題が発生しました。後で再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="145"/>
        <source>A temporary problem on IoT Platform. Try again later.</source>
        <translation>IoT Platform で一時的な問題が発生しています。後で再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="148"/>
        <source>This account&apos;s IoT resources live in an enterprise instance: the profile needs its instance ID (IotInstanceId, such as iot-cn-0pp1n8t****), which the IoT Platform console shows on the instance&apos;s overview.</source>
        <translation>このアカウントの IoT リソースはエンタープライズインスタンスにあります。プロファイルにインスタンス ID（IotInstanceId、例: iot-cn-0pp1n8t****）が必要です。IoT Platform コンソールのインスタンスの概要に表示されています。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="153"/>
        <source>The instance ID %1 is not one of this account&apos;s instances in this region: copy it from the instance&apos;s overview in the IoT Platform console, or clear it for the public instance.</source>
        <translation>インスタンス ID %1 はこのリージョンにあるこのアカウントのインスタンスではありません。IoT Platform コンソールのインスタンスの概要からコピーするか、パブリックインスタンスの場合は空にしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="157"/>
        <source>Check the IotInstanceId: instances with an ID require it, public instances must not set it.</source>
        <translation>IotInstanceId を確認してください。ID のあるインスタンスでは必須で、ID のないインスタンスでは設定できません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="163"/>
        <source>Check the product key and device name (or the IotId) and, for an instance with an ID, the IotInstanceId.</source>
        <translation>プロダクトキーとデバイス名（または IotId）を確認してください。ID を持つインスタンスでは IotInstanceId も確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="165"/>
        <source>Check the batch ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>更新バッチの ID と、ID のあるインスタンスの場合は IotInstanceId を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="169"/>
        <source>The server did not answer in time. Check the network or raise the timeout.</source>
        <translation>サーバーが時間内に応答しませんでした。ネットワークを確認するか、タイムアウトを長くしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="171"/>
        <source>The server&apos;s certificate could not be verified. OtaDash never ignores certificate errors. If your company inspects TLS with its own certificate authority, add that CA as a PEM file in Preferences (Extra CA certificates) or with --ca-file.</source>
        <translation>サーバーの証明書を検証できませんでした。OtaDash は証明書のエラーを無視しません。会社が独自の認証局で TLS を検査している場合は、その CA を PEM ファイルとして設定（追加の CA 証明書）または --ca-file で追加してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="176"/>
        <source>The endpoint answered with a redirect; OtaDash only talks to the endpoint you configured.</source>
        <translation>エンドポイントがリダイレクトで応答しました。OtaDash は設定されたエンドポイントとのみ通信します。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="179"/>
        <source>The response exceeded the size limit and was discarded.</source>
        <translation>レスポンスがサイズの上限を超えたため破棄しました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="181"/>
        <source>The connection broke before the answer was complete. Try again; if it keeps happening, check proxies and firewalls between this computer and the endpoint.</source>
        <translation>応答が完了する前に接続が切断されました。再試行してください。繰り返し発生する場合は、このコンピューターとエンドポイントの間にあるプロキシやファイアウォールを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="184"/>
        <source>The response could not be read; the endpoint may not be an IoT Platform API endpoint.</source>
        <translation>レスポンスを読み取れませんでした。エンドポイントが IoT Platform の API エンドポイントではない可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="186"/>
        <source>Check the region or the endpoint address and your network&apos;s DNS.</source>
        <translation>リージョンまたはエンドポイントのアドレスと、ネットワークの DNS を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="188"/>
        <source>Use https://, or http:// only for a server on this computer (loopback).</source>
        <translation>https:// を使用してください。http:// はこのコンピューター上のサーバー (ループバック) にのみ使用できます。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="190"/>
        <source>Set an AccessKeyId and secret for this profile.</source>
        <translation>このプロファイルの AccessKeyId と Secret を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="192"/>
        <source>Check the proxy&apos;s host and port in Preferences ▸ Network (or --proxy, or HTTPS_PROXY for the system setting), that the proxy is running and that it lets this computer reach the endpoint.</source>
        <translation>設定 ▸ ネットワーク（または --proxy、システム設定では HTTPS_PROXY）のプロキシのホストとポート、プロキシが動作していること、このコンピューターからエンドポイントへの接続を許可していることを確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="196"/>
        <source>The proxy asked for a user name and password (HTTP 407) and did not accept the ones given. Check them in Preferences ▸ Network, or in the --proxy URL.</source>
        <translation>プロキシがユーザー名とパスワードを要求し（HTTP 407）、指定されたものを受け付けませんでした。設定 ▸ ネットワーク、または --proxy の URL で確認してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="212"/>
        <source>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>サーバーの時刻はこのコンピューターより %Ln 分進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="213"/>
        <source>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</source>
        <translation>
            <numerusform>サーバーの時刻はこのコンピューターより %Ln 分遅れています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="216"/>
        <source>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>サーバーの時刻はこのコンピューターより %Ln 時間進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="217"/>
        <source>The server&apos;s clock is %Ln hours behind this computer&apos;s.</source>
        <translation>
            <numerusform>サーバーの時刻はこのコンピューターより %Ln 時間遅れています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/api/ApiError.cpp" line="161"/>
        <source>Check the firmware ID and, for an instance with an ID, the IotInstanceId.</source>
        <translation>ファームウェア ID と、ID のあるインスタンスの場合は IotInstanceId を確認してください。</translation>
    </message>
</context>
<context>
    <name>AssumeRoleResponse</name>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="25"/>
        <source>The STS answer is not JSON.</source>
        <translation>STS の応答が JSON ではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="27"/>
        <source>The STS answer is not a JSON object.</source>
        <translation>STS の応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="36"/>
        <source>The STS answer lacks the AccessKeyId, AccessKeySecret or SecurityToken of its Credentials.</source>
        <translation>STS の応答の Credentials に AccessKeyId、AccessKeySecret、SecurityToken のいずれかがありません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/AssumeRoleResponse.cpp" line="41"/>
        <source>The STS answer has no Expiration time that can be read.</source>
        <translation>STS の応答に読み取れる Expiration (有効期限) がありません。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="15"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="19"/>
        <source>Cannot write the file: no file name was given.</source>
        <translation>ファイルに書き込めません: ファイル名が指定されていません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/AtomicFile.cpp" line="38"/>
        <source>the folder %1 could not be created</source>
        <translation>フォルダー %1 を作成できませんでした</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="39"/>
        <source>Only the actions on this batch.</source>
        <translation>このバッチへの操作だけ。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="39"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="41"/>
        <source>text (default): one line per call; json: an array of objects; csv: a header row, then one row per call.</source>
        <translation>text（既定）: 呼び出しごとに 1 行。json: オブジェクトの配列。csv: 見出し行のあと呼び出しごとに 1 行。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="45"/>
        <source>The history file to read (default: the dashboard&apos;s).</source>
        <translation>読み込む履歴ファイル（既定: ダッシュボードのもの）。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="45"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="46"/>
        <source>Read the demo&apos;s audit log.</source>
        <translation>デモの監査ログを読みます。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="55"/>
        <source>Print the audit log: every write action sent from this computer (cancel, retry, confirm), one line per call with its RequestId and outcome, oldest first. Only the local history file is read: no network, no credentials.</source>
        <translation>監査ログを表示します: このコンピューターから送信したすべての書き込み操作（キャンセル、再試行、確認）を、呼び出しごとに RequestId と結果付きで 1 行ずつ、古い順に表示します。ローカルの履歴ファイルだけを読みます: ネットワークも認証情報も使いません。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="62"/>
        <source>Usage: otadash-cli audit [--job-id ID] [--output text|json|csv] [options]</source>
        <translation>使い方: otadash-cli audit [--job-id ID] [--output text|json|csv] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="72"/>
        <source>--output must be text, json or csv</source>
        <translation>--output は text、json、csv のいずれかです</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="74"/>
        <source>--demo cannot be combined with --history-db</source>
        <translation>--demo と --history-db は同時に指定できません</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="79"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="126"/>
        <source>No write action was sent from this computer.</source>
        <translation>このコンピューターから送信された書き込み操作はありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="127"/>
        <source>No write action on batch %1 was sent from this computer.</source>
        <translation>このコンピューターからバッチ %1 に送信された書き込み操作はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AuditCommand.cpp" line="134"/>
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>対象 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommand.cpp" line="136"/>
        <source>profile %1 (%2), RequestId %3</source>
        <translation>プロファイル %1（%2）、RequestId %3</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="130"/>
        <source>The history is off or cannot be opened (Preferences ▸ History): write actions sent meanwhile are not logged, and no log can be shown.</source>
        <translation>履歴がオフか開けません（設定 ▸ 履歴）。その間に送信した書き込み操作は記録されず、ログも表示できません。</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="134"/>
        <source>The audit log cannot be read: %1</source>
        <translation>監査ログを読み取れません: %1</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="136"/>
        <source>No write action was sent from this computer.</source>
        <translation>このコンピューターから送信された書き込み操作はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="138"/>
        <source>%1 of %Ln call(s) shown. Each row is one call: select it to see its targets.</source>
        <translation>
            <numerusform>%Ln 件の呼び出しのうち %1 件を表示しています。各行が 1 回の呼び出しです。選択すると対象が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="152"/>
        <source>Export Audit Log</source>
        <translation>監査ログのエクスポート</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="153"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="157"/>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="160"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="165"/>
        <source>Saved %Ln call(s) to %1.</source>
        <translation>
            <numerusform>%Ln 件の呼び出しを %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="178"/>
        <source>Audit Log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="179"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="180"/>
        <source>Batch ID, device, TaskId, Request ID, profile…</source>
        <translation>更新バッチ ID、デバイス、TaskId、リクエスト ID、プロファイル…</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="184"/>
        <source>All outcomes</source>
        <translation>すべての結果</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="189"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="190"/>
        <source>Write actions sent</source>
        <translation>送信した書き込み操作</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="191"/>
        <source>&amp;Targets of the selected call:</source>
        <translation>選択した呼び出しの対象(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="192"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/AuditLogDialog.cpp" line="193"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="45"/>
        <source>Upgrade again</source>
        <translation>再アップグレード</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="47"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="49"/>
        <source>Cancel device tasks</source>
        <translation>デバイスタスクのキャンセル</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="51"/>
        <source>Cancel batch tasks</source>
        <translation>更新バッチのタスクのキャンセル</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="53"/>
        <source>Stop dynamic batch</source>
        <translation>動的更新の停止</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="61"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="63"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="67"/>
        <source>Outcome unknown</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="121"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="125"/>
        <source>No readable answer came after it was sent: the gateway may have acted. It was not sent again.</source>
        <translation>送信後に読み取れる応答がありませんでした。ゲートウェイが実行した可能性があります。再送信はしていません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="143"/>
        <source>Sent at (%1)</source>
        <translation>送信日時 (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="145"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
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
        <translation>更新バッチ ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="153"/>
        <source>Tasks or devices</source>
        <translation>タスクまたはデバイス</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="155"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="157"/>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/AuditLogModel.cpp" line="159"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>BatchActions</name>
    <message>
        <location filename="../ui/BatchActions.cpp" line="95"/>
        <source>Profile %1 is read-only: it may only query. Turn on File &gt; Allow Write Actions in the Demo to cancel tasks of the simulated batches.</source>
        <translation>プロファイル %1 は読み取り専用で、照会のみできます。シミュレートされたバッチのタスクをキャンセルするには、ファイル &gt; デモで書き込み操作を許可 をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="99"/>
        <source>Profile %1 is read-only: it may only query. Clear “Read-only” in File &gt; Profiles… to cancel tasks with it.</source>
        <translation>プロファイル %1 は読み取り専用で、照会のみ可能です。このプロファイルでタスクをキャンセルするには、[ファイル] &gt; [プロファイル…] で「読み取り専用」をオフにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="103"/>
        <source>Query a batch first: canceling acts on the batch shown.</source>
        <translation>先に更新バッチを照会してください。キャンセルは表示中の更新バッチに対して行われます。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="105"/>
        <location filename="../ui/BatchActions.cpp" line="182"/>
        <source>Batch %1 was read with profile %2: query it again with the profile in use.</source>
        <translation>更新バッチ %1 はプロファイル %2 で読み込まれました。使用中のプロファイルで再度照会してください。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="109"/>
        <source>Cancel device tasks of batch %1; asks for its batch ID first.</source>
        <translation>更新バッチ %1 のデバイスタスクをキャンセルします。最初に更新バッチ ID の入力を求めます。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="117"/>
        <source>Ask the devices of batch %1&apos;s succeeded tasks which version they report.</source>
        <translation>更新バッチ %1 の成功したタスクのデバイスに、報告しているバージョンを問い合わせます。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="118"/>
        <source>Query a batch first: the check is of the batch shown.</source>
        <translation>先に更新バッチを照会してください。確認は表示中の更新バッチが対象です。</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="181"/>
        <source>Query the Batch Again</source>
        <translation>バッチを再照会してください</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="283"/>
        <source>&amp;Cancel batch tasks…</source>
        <translation>更新バッチのタスクをキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="284"/>
        <source>Co&amp;mpare with…</source>
        <translation>比較(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="285"/>
        <source>Audit &amp;Log…</source>
        <translation>監査ログ(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="286"/>
        <source>&amp;Verify Success…</source>
        <translation>成功を検証(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchActions.cpp" line="287"/>
        <source>Every write action sent from this computer, with its Request ID and outcome</source>
        <translation>このコンピューターから送信したすべての書き込み操作（リクエスト ID と結果付き）</translation>
    </message>
</context>
<context>
    <name>BatchCompareModel</name>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="162"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="165"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="190"/>
        <source>added: %1</source>
        <comment>items only the right batch has</comment>
        <translation>追加：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="192"/>
        <source>removed: %1</source>
        <comment>items only the left batch has</comment>
        <translation>削除：%1</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="204"/>
        <source>%1 (%2)</source>
        <comment>batch header: package name, then JobId</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="266"/>
        <source>%1 (%2)</source>
        <comment>set value, then what was added and removed</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="287"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="289"/>
        <source>Left batch</source>
        <translation>左の更新バッチ</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchCompareModel.cpp" line="291"/>
        <source>Right batch</source>
        <translation>右の更新バッチ</translation>
    </message>
</context>
<context>
    <name>BatchLink</name>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="39"/>
        <source>The link carries a credential (%1), which OtaDash links never do. Do not pass it on, and replace that key if it is a real one.</source>
        <translation>このリンクには認証情報 (%1) が含まれています。OtaDash のリンクには本来含まれません。リンクを他の人に渡さず、本物のキーであれば交換してください。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="49"/>
        <location filename="../app/core/util/BatchLink.cpp" line="169"/>
        <source>The link names no batch: the JobId is missing after otadash://batch/.</source>
        <translation>リンクに更新バッチがありません。otadash://batch/ の後に JobId がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="52"/>
        <source>The JobId has %1 characters; a batch ID has at most %2.</source>
        <translation>JobId が %1 文字あります。更新バッチ ID は %2 文字以内です。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="57"/>
        <source>&apos;%1&apos; is not a batch ID: a JobId has letters and digits only.</source>
        <translation>「%1」は更新バッチ ID ではありません。JobId は英字と数字だけです。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="59"/>
        <source>an AccessKeyId in place of the JobId</source>
        <translation>JobId の位置にある AccessKeyId</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="67"/>
        <source>The profile name has %1 characters; a profile name has at most %2.</source>
        <translation>プロファイル名が %1 文字あります。プロファイル名は %2 文字以内です。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="72"/>
        <source>The profile name contains control characters.</source>
        <translation>プロファイル名に制御文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="74"/>
        <source>an AccessKeyId in place of the profile name</source>
        <translation>プロファイル名の位置にある AccessKeyId</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="115"/>
        <source>The link is empty.</source>
        <translation>リンクが空です。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="119"/>
        <source>The link is too long (%1 characters) to be an OtaDash link.</source>
        <translation>リンクが長すぎます (%1 文字)。OtaDash のリンクではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="124"/>
        <source>The link is not a valid URL.</source>
        <translation>リンクは正しい URL ではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="128"/>
        <source>Not an OtaDash link: it must start with otadash://batch/.</source>
        <translation>OtaDash のリンクではありません。otadash://batch/ で始まる必要があります。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="133"/>
        <source>a user name or password before the host</source>
        <translation>ホストの前のユーザー名またはパスワード</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="148"/>
        <source>Unknown kind of link &apos;%1&apos;: OtaDash links are otadash://batch/&lt;JobId&gt;.</source>
        <translation>不明な種類のリンク「%1」です。OtaDash のリンクは otadash://batch/&lt;JobId&gt; です。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="153"/>
        <source>The link has a port (:%1); OtaDash links have none.</source>
        <translation>リンクにポート (:%1) があります。OtaDash のリンクにはありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="157"/>
        <source>The link has a part after &apos;#&apos;; OtaDash links have none.</source>
        <translation>リンクに「#」以降の部分があります。OtaDash のリンクにはありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="170"/>
        <source>The link has more after the JobId; an OtaDash link ends with it.</source>
        <translation>リンクの JobId の後に続きがあります。OtaDash のリンクは JobId で終わります。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="183"/>
        <source>The link has an unknown part &apos;%1&apos;; besides the JobId an OtaDash link has only profile.</source>
        <translation>リンクに不明な部分「%1」があります。OtaDash のリンクには JobId のほかに profile しかありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/BatchLink.cpp" line="189"/>
        <source>The link names the profile more than once.</source>
        <translation>リンクでプロファイルが複数回指定されています。</translation>
    </message>
</context>
<context>
    <name>BatchLint</name>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="61"/>
        <source>Scheduled end before the start</source>
        <translation>スケジュールの終了時刻が開始時刻より前</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="62"/>
        <source>The scheduled end time is not after the start time, so the batch has no time to push the update to any device. Set a scheduled end time after the start.</source>
        <translation>スケジュールされた終了時刻が開始時刻より後になっていないため、この更新バッチにはどのデバイスにも更新をプッシュする時間がありません。終了時刻を開始時刻より後に設定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="89"/>
        <source>Push rate too low for the schedule</source>
        <translation>スケジュールに対してプッシュ速度が低すぎる</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="90"/>
        <source>At %1 devices per minute, pushing the update to %2 devices takes %3 minutes, but the schedule window is only %4 minutes long. Devices not reached by the scheduled end are left out. Raise the maximum devices per minute, or set a later scheduled end time.</source>
        <translation>1 分あたり %1 台のデバイスでは、%2 台のデバイスに更新をプッシュするのに %3 分かかりますが、スケジュールの期間は %4 分しかありません。スケジュールされた終了時刻までに届かないデバイスは更新されません。1 分あたりの最大デバイス数を増やすか、終了時刻を遅くしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="112"/>
        <source>Gray rollout without retries</source>
        <translation>再試行なしの段階的更新</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="113"/>
        <source>This phased (gray) update has no automatic retries: a device whose update fails once, for example over a dropped connection, stays failed. Passing failures then look like a bad package and can stop the rollout of a good one. Set a retry count and interval (for example 2 retries after 10 minutes) when you create the batch.</source>
        <translation>この段階的更新には自動再試行がありません。接続の切断などで一度更新に失敗したデバイスは、失敗したままになります。一時的な失敗が更新パッケージの不良のように見え、問題のないパッケージの展開を止めてしまうことがあります。更新バッチの作成時に自動再試行回数と間隔（例：10 分後に 2 回）を設定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="130"/>
        <source>Overwrite combined with app confirmation</source>
        <translation>上書きとアプリでの確認の併用</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="131"/>
        <source>This batch overwrites each device&apos;s earlier pending update task (overwrite mode 2) and also waits for confirmation in your mobile app. The earlier task is dropped as soon as this batch reaches the device, but the new one does not start until someone confirms it, so devices can be left with no update under way. Either keep earlier tasks or do not require confirmation.</source>
        <translation>この更新バッチは各デバイスの保留中の以前の更新タスクを上書きし（上書きモード 2）、さらにモバイルアプリでの確認を待ちます。以前のタスクはこの更新バッチがデバイスに届いた時点で破棄されますが、新しいタスクは誰かが確認するまで開始されないため、実行中の更新が何もないデバイスが残る可能性があります。以前のタスクを上書きしないか、確認を不要にしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="159"/>
        <source>Failed devices run other source versions</source>
        <translation>失敗したデバイスが対象外のバージョンを実行中</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="160"/>
        <source>Failed tasks of this batch report source versions that are not among the batch&apos;s source versions: %1. The package may not apply to them (a differential package only fits the version it was built from). Include these versions in a new batch&apos;s source versions, or give those devices a package built for them.</source>
        <translation>この更新バッチの失敗したタスクが、更新対象のファームウェアバージョンに含まれないバージョンを報告しています：%1。更新パッケージがこれらのバージョンに適用できない可能性があります（差分パッケージは作成元のバージョンにしか適用できません）。これらのバージョンを新しい更新バッチの更新対象バージョンに含めるか、これらのデバイス向けに作成した更新パッケージを使用してください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="179"/>
        <source>Short update timeout</source>
        <translation>短い更新タイムアウト</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/lint/BatchLint.cpp" line="180"/>
        <source>Devices have %n minute(s) to download, install and report the new version before their update counts as failed. Slow or mobile links and large packages often need longer, so devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API allows 1 to %2); set a longer timeout, such as 30 minutes or more.</source>
        <translation>
            <numerusform>デバイスは %n 分以内に新しいバージョンのダウンロード、インストール、報告を終えなければ、更新失敗と見なされます。低速回線やモバイル回線、大きな更新パッケージではそれ以上かかることが多く、処理中のデバイスが失敗になります。OtaDash は %1 分未満のタイムアウトを警告します（API で指定できる範囲は 1～%2 分）。30 分以上などの長いタイムアウトを設定してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="203"/>
        <source>Dynamic batch without an end time</source>
        <translation>終了時刻のない動的更新バッチ</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="204"/>
        <source>This dynamic batch has no scheduled end time, so it keeps pushing this package to every device that matches it until it is canceled, also months from now when newer firmware may have replaced it. Set a scheduled end time, or cancel the dynamic update policy once the rollout is done.</source>
        <translation>この動的更新バッチにはスケジュールされた終了時刻がないため、キャンセルされるまで条件を満たすすべてのデバイスにこの更新パッケージをプッシュし続けます。より新しいファームウェアに置き換わった数か月後も同様です。終了時刻を設定するか、展開が完了したら動的更新のポリシーをキャンセルしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="228"/>
        <source>Firmware failed verification</source>
        <translation>ファームウェアの検証に失敗</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="229"/>
        <source>The package of this batch (%1) failed its verification on test devices, and this batch upgrades devices with it. Cancel the batch, or find out why the verification failed before more devices receive it.</source>
        <translation>この更新バッチの更新パッケージ（%1）はテストデバイスでの検証に失敗しており、この更新バッチはそれでデバイスをアップグレードします。更新バッチをキャンセルするか、より多くのデバイスが受け取る前に検証が失敗した理由を確認してください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="240"/>
        <source>Firmware not verified</source>
        <translation>ファームウェア未検証</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="241"/>
        <source>Firmware still being verified</source>
        <translation>ファームウェアを検証中</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="242"/>
        <source>The package of this batch (%1) has not passed a verification on test devices, and this batch upgrades devices with it. A package that does not boot is better found on a few devices: verify it first (a verification batch), then upgrade.</source>
        <translation>この更新バッチの更新パッケージ（%1）はテストデバイスでの検証に合格しておらず、この更新バッチはそれでデバイスをアップグレードします。起動しないパッケージは少数のデバイスで見つける方が安全です。先に検証（検証バッチ）を行ってからアップグレードしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/lint/BatchLint.cpp" line="276"/>
        <source>Critical</source>
        <comment>lint severity</comment>
        <translation>重大</translation>
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
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message>
        <location filename="../ui/BatchPage.ui" line="32"/>
        <source>How often the batch is read again while it runs</source>
        <translation>実行中の更新バッチを読み直す間隔</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="38"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="40"/>
        <source>Stop reading the batch again by itself until you resume</source>
        <translation>再開するまで、更新バッチの自動読み直しを止めます</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="47"/>
        <source>Views of the batch</source>
        <translation>更新バッチのビュー</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="54"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="57"/>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.ui" line="66"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="46"/>
        <source>Read at %1.</source>
        <translation>%1 に読み取りました。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="57"/>
        <source>Package %1 could not be read again (%2): as read before.</source>
        <translation>更新パッケージ %1 を再度読み取れませんでした（%2）。前回読み取った内容を表示しています。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="59"/>
        <source>Package %1 could not be read: %2</source>
        <translation>更新パッケージ %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="224"/>
        <source>The package is read when the batch is queried.</source>
        <translation>更新パッケージは更新バッチの照会時に読み取ります。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="237"/>
        <source>The batch names no package (FirmwareId was not returned).</source>
        <translation>更新バッチに更新パッケージがありません（FirmwareId が返されませんでした）。</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="242"/>
        <source>Reading package %1…</source>
        <translation>更新パッケージ %1 を読み取り中…</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="326"/>
        <source>Batch read at %1 · %2</source>
        <translation>更新バッチの読み取り: %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="334"/>
        <source>older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>更新間隔 %Ln 秒より古いデータです</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="340"/>
        <source>%1, counted at %2</source>
        <translation>%1(集計時刻: %2)</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="424"/>
        <source>Live reading paused</source>
        <translation>自動読み直しを一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="426"/>
        <source>Reading again…</source>
        <translation>読み直し中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="429"/>
        <source>Live: next read in %Ln s</source>
        <translation>
            <numerusform>自動更新: 次の読み取りまで %Ln 秒</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="433"/>
        <source>The batch has ended: it is not read again by itself.</source>
        <translation>更新バッチは終了しました。自動では読み直しません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln s</source>
        <translation>
            <numerusform>%Ln 秒ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln min</source>
        <translation>
            <numerusform>%Ln 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="462"/>
        <source>Showing %1 as of %2; it could not be read again: %3</source>
        <translation>%1 を %2 時点の内容で表示しています。再読み取りできませんでした: %3</translation>
    </message>
    <message>
        <location filename="../ui/BatchPage.cpp" line="464"/>
        <source>Showing %1 as of %2; %3 could not be read: %4</source>
        <translation>%1 を %2 時点の内容で表示しています。%3 は読み取れませんでした: %4</translation>
    </message>
</context>
<context>
    <name>BatchProgressView</name>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="22"/>
        <source>Devices finished (succeeded, failed or canceled) per minute over the count rounds of the last ten minutes in this session, capped by the batch&apos;s maximum per minute</source>
        <translation>このセッションの直近 10 分間の集計で、1 分あたりに終了した (成功・失敗・キャンセル) デバイス数。更新バッチの 1 分あたりの最大数が上限です</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="29"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="30"/>
        <source>Count the tasks of each status again, and read the failure reasons and the unfinished rows shown again</source>
        <translation>ステータスごとのタスク数を数え直し、失敗理由と表示中の未完了の行を読み直します</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="36"/>
        <source>Devices notified or in progress with no change for longer than the timeout: show them</source>
        <translation>タイムアウトより長く変化のない、プッシュ済みまたはアップグレード中のデバイスを表示します</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="56"/>
        <location filename="../ui/BatchProgressView.ui" line="61"/>
        <source>Top failure reasons</source>
        <translation>主な失敗理由</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="77"/>
        <source>Rea&amp;d all</source>
        <translation>すべて読む(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="104"/>
        <source>Device na&amp;me:</source>
        <translation>デバイス名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="118"/>
        <source>Fe&amp;tch all</source>
        <translation>すべて取得(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="149"/>
        <source>Device tasks</source>
        <translation>デバイスのタスク</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="175"/>
        <source>Tr&amp;y again</source>
        <translation>再試行(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="78"/>
        <source>Read every failed task, not only the first 2,000, and count their reasons</source>
        <translation>最初の 2,000 件だけでなく失敗したタスクをすべて読み、理由を集計します</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="92"/>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="111"/>
        <source>Part of a name, or a pasted list of names</source>
        <translation>名前の一部、または貼り付けた名前の一覧</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="112"/>
        <source>Part of a name filters the tasks loaded. A whole name that is not loaded yet is looked up on the server (at once with Enter). Paste several names (one per line, separated by commas, or a CSV file&apos;s text with a DeviceName column) to show exactly those devices.</source>
        <translation>名前の一部で、読み込んだタスクを絞り込みます。まだ読み込んでいない完全な名前はサーバーで検索します (Enter ですぐに検索)。複数の名前 (1 行に 1 つ、カンマ区切り、または DeviceName 列のある CSV のテキスト) を貼り付けると、それらのデバイスだけを表示します。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="119"/>
        <source>Load every task of the statuses shown, not only the pages scrolled to</source>
        <translation>スクロールしたページだけでなく、表示中のステータスのタスクをすべて読み込みます</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="130"/>
        <source>Sto&amp;p</source>
        <translation>停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="131"/>
        <source>Stop fetching; the tasks loaded so far stay</source>
        <translation>取得を停止します。読み込み済みのタスクはそのまま残ります</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="190"/>
        <source>Read a&amp;gain</source>
        <translation>読み直す(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.ui" line="191"/>
        <source>Walk every page of the statuses shown again; rows already loaded take what is read</source>
        <translation>表示中のステータスの全ページを読み直します。読み込み済みの行は読み取った内容に更新されます</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="430"/>
        <source>Counting the tasks of each status…</source>
        <translation>ステータスごとのタスク数を集計しています…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="432"/>
        <source>The tasks could not be counted: %1 — %2</source>
        <translation>タスク数を集計できませんでした: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="438"/>
        <source>Counted at %1 · counting again…</source>
        <translation>集計時刻: %1 · 再集計中…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="439"/>
        <source>Counted at %1 · %2</source>
        <translation>集計時刻: %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="551"/>
        <source>Fetched %1 of %2 tasks</source>
        <translation>%2 件中 %1 件のタスクを取得済み</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="554"/>
        <source>Fetched %1 tasks</source>
        <translation>%1 件のタスクを取得済み</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="628"/>
        <source>%1 of %Ln task(s) loaded.</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のタスクを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="632"/>
        <source>%Ln task(s) loaded.</source>
        <translation>
            <numerusform>%Ln 件のタスクを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="634"/>
        <source>%Ln shown.</source>
        <comment>rows that pass the filter</comment>
        <translation>
            <numerusform>%Ln 件を表示中。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="636"/>
        <source>Fetching was stopped; the tasks loaded so far stay.</source>
        <translation>取得を停止しました。読み込み済みのタスクはそのまま残ります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="645"/>
        <source>%Ln task(s) were not seen: they changed status while the pages were read. Read again to look for them.</source>
        <translation>
            <numerusform>%Ln 件のタスクが見つかりませんでした。ページの読み取り中にステータスが変わったためです。「読み直す」で探せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="650"/>
        <source>Unfinished rows read again at %1 (%Ln changed) · %2.</source>
        <translation>
            <numerusform>未完了の行を %1 に読み直しました (%Ln 件変化) · %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="655"/>
        <source>%Ln unfinished row(s) wait for the next round.</source>
        <translation>
            <numerusform>未完了の %Ln 行は次回の読み取りを待っています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="659"/>
        <source>No more matches in the pages read; Fetch all searches every task.</source>
        <translation>読み込んだページには、これ以上一致するタスクがありません。「すべて取得」ですべてのタスクを検索できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="669"/>
        <source>%Ln task(s) are beyond the API&apos;s window of %1 rows per status and cannot be listed.</source>
        <translation>
            <numerusform>%Ln 件のタスクは、API がステータスごとに返せる %1 行の範囲を超えているため、一覧表示できません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="678"/>
        <source>Loading tasks failed: %1 — %2</source>
        <translation>タスクの読み込みに失敗しました: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="679"/>
        <source>The tasks loaded so far stay.</source>
        <translation>読み込み済みのタスクはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="682"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="758"/>
        <source>%1 and %Ln more</source>
        <comment>names, then how many are not shown</comment>
        <translation>
            <numerusform>%1 ほか %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="762"/>
        <source>Left out, not device names: %1 (a device name has 4 to 32 letters, digits and - _ . @ :).</source>
        <translation>デバイス名ではないため除外しました: %1 (デバイス名は英字、数字、- _ . @ : の 4 から 32 文字です)。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="766"/>
        <source>Looking up %Ln device(s) on the server…</source>
        <translation>
            <numerusform>サーバーで %Ln 台のデバイスを検索しています…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="768"/>
        <source>Looking up the devices failed: %1 — %2</source>
        <translation>デバイスの検索に失敗しました: %1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="770"/>
        <source>The rows loaded stay.</source>
        <translation>読み込んだ行はそのまま残ります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="787"/>
        <source>%1 of %Ln listed device(s) are in this batch.</source>
        <translation>
            <numerusform>一覧の %Ln 台のうち %1 台がこのバッチにあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="790"/>
        <source>Not in it: %1.</source>
        <translation>バッチにないデバイス: %1。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="793"/>
        <source>Looked up on the server at %1.</source>
        <translation>%1 にサーバーで検索しました。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="800"/>
        <source>No device named “%1” in this batch (looked up on the server at %2).</source>
        <translation>このバッチに「%1」という名前のデバイスはありません (%2 にサーバーで検索)。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="803"/>
        <source>No device is named “%1” exactly (looked up on the server at %2); the rows shown contain it, among the tasks loaded. Fetch all searches every task.</source>
        <translation>「%1」と完全に一致する名前のデバイスはありません (%2 にサーバーで検索)。表示中の行は、読み込んだタスクのうち名前にこの文字列を含むものです。「すべて取得」ですべてのタスクを検索できます。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="868"/>
        <source>Reading the failed tasks…</source>
        <translation>失敗したタスクを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="872"/>
        <source>Counted from %1 of %Ln failed task(s)</source>
        <translation>
            <numerusform>失敗したタスク %Ln 件中 %1 件から集計</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="875"/>
        <source>Counted from all %Ln failed task(s)</source>
        <translation>
            <numerusform>失敗したタスク %Ln 件すべてから集計</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="877"/>
        <source>read at %1</source>
        <translation>読み取り: %1</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="880"/>
        <source>(still %1 at %2)</source>
        <translation>（%2 時点でも %1 件）</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="888"/>
        <source>The counts now say %1 failed; Refresh reads them again.</source>
        <translation>現在のタスク数では失敗は %1 件です。「更新」で読み直します。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="894"/>
        <source>The counts above, read just before, say %1 failed.</source>
        <translation>直前に読み取った上のタスク数では、失敗は %1 件です。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="899"/>
        <source>No task had failed at %1.</source>
        <translation>%1 の時点で失敗したタスクはありません。</translation>
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
            <numerusform>⚠ 停滞 %Ln 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="945"/>
        <source>%Ln device(s) notified or in progress with no change for longer than the timeout (the task&apos;s, else the batch&apos;s TimeoutInMinutes). Click to show them.</source>
        <translation>
            <numerusform>プッシュ済みまたはアップグレード中のまま、タイムアウト (タスクのもの、なければ更新バッチの TimeoutInMinutes) より長く変化のないデバイスが %Ln 台あります。クリックで表示します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="950"/>
        <source>Counted from %1 of the %2 tasks in flight.</source>
        <translation>進行中のタスク %2 件中 %1 件から集計。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="988"/>
        <source>Reason: %1  ✕</source>
        <translation>理由: %1  ✕</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="991"/>
        <source>Showing the devices that failed with: %1
Click to show every reason.</source>
        <translation>次の理由で失敗したデバイスを表示中: %1
クリックですべての理由を表示します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1004"/>
        <source>%1, older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>%1 (更新間隔 %Ln 秒より古いデータ)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1067"/>
        <source>Stuck (no change past the timeout)</source>
        <translation>停滞 (タイムアウトを過ぎても変化なし)</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1131"/>
        <source>Show &amp;Device…</source>
        <translation>デバイスを表示(&amp;D)…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1134"/>
        <source>&amp;Upgrade %Ln Selected Device(s) Again…</source>
        <translation>
            <numerusform>選択したデバイス %Ln 台を再アップグレード(&amp;U)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1137"/>
        <source>&amp;Confirm %Ln Selected Task(s)…</source>
        <translation>
            <numerusform>選択したタスク %Ln 件を確認(&amp;C)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1141"/>
        <source>Ca&amp;ncel %Ln Selected Device(s)…</source>
        <translation>
            <numerusform>選択したデバイス %Ln 台をキャンセル(&amp;N)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1149"/>
        <source>Upgrade &amp;All %Ln Failed Device(s) Again…</source>
        <translation>
            <numerusform>失敗したデバイス %Ln 台をすべて再アップグレード(&amp;A)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1152"/>
        <source>Read all failed tasks first (Failure reasons ▸ Read all).</source>
        <translation>先に失敗したタスクをすべて読み込んでください（失敗の理由 ▸ すべて読む）。</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1154"/>
        <source>&amp;Verify Success…</source>
        <translation>成功を検証(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/BatchProgressView.cpp" line="1063"/>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
</context>
<context>
    <name>BatchTimeline</name>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="106"/>
        <source>starts %1</source>
        <translation>%1 に開始予定</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="107"/>
        <source>started %1</source>
        <translation>%1 に開始</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="112"/>
        <source>ended %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="115"/>
        <source>finishes about %1 (estimate)</source>
        <translation>%1 ごろ完了 (推定)</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="118"/>
        <source>scheduled to finish %1</source>
        <translation>%1 に終了予定</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="121"/>
        <source>end not known yet</source>
        <translation>終了時刻はまだ不明</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="124"/>
        <source>%1, %2: %3.</source>
        <translation>%1、%2: %3。</translation>
    </message>
    <message>
        <location filename="../app/core/models/BatchTimeline.cpp" line="131"/>
        <source>Overlaps %1 of the same product.</source>
        <translation>同じプロダクトの %1 と重なっています。</translation>
    </message>
</context>
<context>
    <name>BatchTimelineView</name>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="40"/>
        <location filename="../ui/BatchTimelineView.cpp" line="408"/>
        <source>Timeline of the watched batches</source>
        <translation>ウォッチ中のバッチのタイムライン</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="223"/>
        <source>· %1 (Esc hides)</source>
        <translation>· %1 (Esc で非表示)</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="245"/>
        <source>overlaps</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../ui/BatchTimelineView.cpp" line="284"/>
        <source>Batches on the watch list are drawn here once they are read.</source>
        <translation>ウォッチリストのバッチは、読み込まれるとここに表示されます。</translation>
    </message>
</context>
<context>
    <name>CaCertificates</name>
    <message>
        <location filename="../app/core/net/CaCertificates.cpp" line="22"/>
        <source>The CA file %1 cannot be read: %2</source>
        <translation>CA ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/core/net/CaCertificates.cpp" line="29"/>
        <source>The CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>CA ファイル %1 に PEM 形式の証明書（-----BEGIN CERTIFICATE-----）がありません。</translation>
    </message>
</context>
<context>
    <name>CancelBatchDialog</name>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="6"/>
        <source>Cancel batch tasks</source>
        <translation>更新バッチのタスクをキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="12"/>
        <source>This cannot be undone. Canceled device tasks stop and are not upgraded; to upgrade those devices later, a new batch is needed.</source>
        <translation>この操作は元に戻せません。キャンセルされたデバイスタスクは停止し、アップグレードされません。後でそれらのデバイスをアップグレードするには、新しい更新バッチが必要です。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="23"/>
        <source>Cancel the device tasks that are</source>
        <translation>キャンセルするデバイスタスク</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="25"/>
        <source>&amp;Scheduled: the batch has not started yet</source>
        <translation>スケジュール済み(&amp;S): 更新バッチはまだ開始されていません</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="27"/>
        <source>&amp;Queued: waiting to be pushed (QUEUED)</source>
        <translation>プッシュ待ち(&amp;Q) (QUEUED)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="29"/>
        <source>&amp;Notified: pushed, not started (NOTIFIED)</source>
        <translation>プッシュ済み(&amp;N): 未開始 (NOTIFIED)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="31"/>
        <source>&amp;In progress: upgrading (IN_PROGRESS)</source>
        <translation>アップグレード中(&amp;I) (IN_PROGRESS)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="33"/>
        <source>&amp;Unconfirmed: waiting for confirmation (CONFIRM)</source>
        <translation>確認待ち(&amp;U) (CONFIRM)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="41"/>
        <source>Stop the &amp;dynamic upgrade policy (CancelOTAStrategyByJob)</source>
        <translation>動的更新ポリシーを停止(&amp;D) (CancelOTAStrategyByJob)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="42"/>
        <source>No more devices join this dynamic batch; its existing tasks stay as they are unless chosen above.</source>
        <translation>この動的更新バッチに新しいデバイスは追加されなくなります。既存のタスクは、上で選択しない限りそのままです。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.ui" line="54"/>
        <source>Batch ID to confirm</source>
        <translation>確認用の更新バッチ ID</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="143"/>
        <source>The dynamic upgrade policy was not stopped.</source>
        <translation>動的更新ポリシーは停止されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="176"/>
        <source>The dynamic upgrade policy was stopped, but the device tasks were not canceled.</source>
        <translation>動的更新ポリシーは停止されましたが、デバイスタスクはキャンセルされませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="177"/>
        <source>The device tasks were not canceled.</source>
        <translation>デバイスタスクはキャンセルされませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="202"/>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="204"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="227"/>
        <source>Done: the dynamic upgrade policy was stopped and the chosen device tasks were canceled.</source>
        <translation>完了: 動的更新ポリシーを停止し、選択したデバイスタスクをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="230"/>
        <source>Done: the dynamic upgrade policy was stopped.</source>
        <translation>完了: 動的更新ポリシーを停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="231"/>
        <source>Done: the chosen device tasks were canceled.</source>
        <translation>完了: 選択したデバイスタスクをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="243"/>
        <source>Batch: %1 (JobId %2)</source>
        <translation>更新バッチ: %1 (JobId %2)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="246"/>
        <source>To confirm, type the batch ID &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、更新バッチ ID &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="248"/>
        <source>Batch ID (JobId)</source>
        <translation>更新バッチ ID (JobId)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="249"/>
        <source>Cancel &amp;now</source>
        <translation>今すぐキャンセル(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="256"/>
        <source>not counted</source>
        <translation>未集計</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="266"/>
        <source>Device tasks in this status, as counted at %1.</source>
        <translation>このステータスのデバイスタスク数（%1 時点の集計）。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="268"/>
        <source>Open the Devices tab to count the tasks per status.</source>
        <translation>ステータスごとのタスク数を集計するには、[デバイス] タブを開いてください。</translation>
    </message>
    <message>
        <location filename="../ui/CancelBatchDialog.cpp" line="209"/>
        <source>The outcome is unknown: the gateway may have acted. Look at the task counts before sending again.</source>
        <translation>結果は不明です。ゲートウェイが処理した可能性があります。再送信する前にタスク数を確認してください。</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../ui/CompareDialog.ui" line="6"/>
        <source>Compare batches</source>
        <translation>更新バッチの比較</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="12"/>
        <source>&amp;Left batch (JobId):</source>
        <translation>左の更新バッチ (JobId)(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="18"/>
        <location filename="../ui/CompareDialog.ui" line="36"/>
        <source>e.g. HvKuBpuk3rdk6E92CP****0200</source>
        <translation>例: HvKuBpuk3rdk6E92CP****0200</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="24"/>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="30"/>
        <source>&amp;Right batch (JobId):</source>
        <translation>右の更新バッチ (JobId)(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="63"/>
        <source>Show only &amp;differences</source>
        <translation>違いのみ表示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.ui" line="70"/>
        <source>Fields of the two batches</source>
        <translation>2 つの更新バッチのフィールド</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="139"/>
        <source>Enter both batch IDs (JobId) to compare.</source>
        <translation>比較する 2 つの更新バッチの ID (JobId) を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="146"/>
        <source>The connection is not usable yet: choose a profile, or a region or endpoint and credentials, in the main window.</source>
        <translation>接続がまだ使用できません。メインウィンドウでプロファイルを選択するか、リージョンまたはエンドポイントと認証情報を指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="190"/>
        <source>Batch %1 could not be read: %2 — %3</source>
        <translation>更新バッチ %1 を読み取れませんでした：%2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="195"/>
        <source>The batches could not be read.</source>
        <translation>更新バッチを読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="196"/>
        <source>The comparison shown before stays.</source>
        <translation>前の比較結果はそのまま表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/CompareDialog.cpp" line="232"/>
        <source>Reading both batches…</source>
        <translation>2 つの更新バッチを読み取り中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CompareDialog.cpp" line="234"/>
        <source>%1 of %n field(s) differ</source>
        <translation>
            <numerusform>%n 個のフィールドのうち %1 個が異なります</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionOptions</name>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="87"/>
        <source>unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN</source>
        <translation>--lang の言語 &apos;%1&apos; には対応していません。en、ja、zh_CN のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="97"/>
        <source>The IotInstanceId (required for instances that have an ID).</source>
        <translation>IotInstanceId (ID のあるインスタンスでは必須)。</translation>
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
        <translation>各応答を待つ秒数（1 回の試行ごと、既定 15）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="110"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="112"/>
        <source>Times a request is sent again after the gateway throttled it, a server error or a connection that closed before the answer, each after a longer pause (default 4; 0: never). A cancel is only sent again when throttled.</source>
        <translation>ゲートウェイによるスロットリング、サーバーエラー、応答前に閉じた接続の後に要求を再送する回数。再送のたびに待ち時間が長くなります（既定 4、0: 再送しない）。キャンセルはスロットリングされた場合にのみ再送します。</translation>
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
        <translation>保存済みのプロファイルを使用します (&apos;otadash-cli profile list&apos; を参照)。シークレットはシステムのキーチェーンから、リージョンまたはエンドポイント、インスタンス ID、署名バージョンは、ここで指定しない限りプロファイルから取得します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="139"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="99"/>
        <source>The region, e.g. cn-shanghai (default: $ALIBABA_CLOUD_REGION_ID).</source>
        <translation>リージョン。例: cn-shanghai (デフォルト: $ALIBABA_CLOUD_REGION_ID)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="48"/>
        <source>otadash-cli %1: %2</source>
        <translation>otadash-cli %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="49"/>
        <source>Run &apos;otadash-cli %1 --help&apos; for the options.</source>
        <translation>オプションについては &apos;otadash-cli %1 --help&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="102"/>
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>https://iot.&lt;region&gt;.aliyuncs.com/ の代わりに使うカスタムエンドポイントの URL。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="104"/>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>署名バージョン: v3 (デフォルト) または v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="106"/>
        <source>HTTP method: post (default) or get.</source>
        <translation>HTTP メソッド: post (デフォルト) または get。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="118"/>
        <source>Reach the endpoint through this proxy: http://[USER:PASSWORD@]HOST:PORT or socks5://... (default: the choice in Preferences, else the system&apos;s settings and HTTPS_PROXY, NO_PROXY); &apos;none&apos; for no proxy.</source>
        <translation>このプロキシを経由してエンドポイントに接続します: http://[USER:PASSWORD@]HOST:PORT または socks5://...（既定: 設定での選択、なければシステムの設定と HTTPS_PROXY、NO_PROXY）。&apos;none&apos; でプロキシを使いません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="123"/>
        <source>Also trust the certificate authorities in this PEM file (a company&apos;s TLS inspection CA), besides the system&apos;s (default: the file chosen in Preferences).</source>
        <translation>システムの認証局に加えて、この PEM ファイルの認証局（会社の TLS 検査用 CA など）も信頼します（既定: 設定で選んだファイル）。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="126"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="129"/>
        <source>Query the embedded demo endpoint with demo credentials instead of the cloud.</source>
        <translation>クラウドの代わりに、組み込みのデモ用エンドポイントにデモ用の認証情報でクエリします。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="131"/>
        <source>Language of --help, messages and text output: en, ja or zh_CN (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>--help、メッセージ、テキスト出力の言語: en、ja、zh_CN (デフォルト: 設定で選択した言語、なければシステムの言語)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="140"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="152"/>
        <source>Credentials come from ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and, for STS, ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation>認証情報は ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET、および STS の場合は ALIBABA_CLOUD_SECURITY_TOKEN から取得します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="155"/>
        <source>Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response.</source>
        <translation>終了コード: 0 成功、1 使い方の誤り、2 API エラー、3 通信エラーまたは不正なレスポンス。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="157"/>
        <source>With --profile the secret comes from the system keychain; exit code 4 when the keychain is unusable.</source>
        <translation>--profile を指定すると、シークレットはシステムのキーチェーンから取得します。キーチェーンを使用できない場合の終了コードは 4 です。</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="164"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="174"/>
        <source>--signature must be v1 or v3</source>
        <translation>--signature には v1 または v3 を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="178"/>
        <source>--http-method must be get or post</source>
        <translation>--http-method には get または post を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="183"/>
        <source>--timeout must be a number of seconds between 0 and 600</source>
        <translation>--timeout には 0 から 600 までの秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="187"/>
        <source>--retries must be a whole number from 0 to 10</source>
        <translation>--retries には 0 から 10 までの整数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="222"/>
        <source>--demo cannot be combined with --profile</source>
        <translation>--demo は --profile と同時に指定できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="227"/>
        <source>the Environment profile needs ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>Environment プロファイルには ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="237"/>
        <source>there is no profile named &apos;%1&apos; (see &apos;otadash-cli profile list&apos;)</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません (&apos;otadash-cli profile list&apos; を参照)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="249"/>
        <source>--demo cannot be combined with --region or --endpoint</source>
        <translation>--demo は --region や --endpoint と同時に指定できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="252"/>
        <source>otadash-cli %1: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash-cli %1: デモ用エンドポイントがループバックインターフェースで待ち受けできませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="275"/>
        <source>give --region or --endpoint (or set ALIBABA_CLOUD_REGION_ID)</source>
        <translation>--region または --endpoint を指定してください (または ALIBABA_CLOUD_REGION_ID を設定してください)</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="278"/>
        <source>&apos;%1&apos; is not a region ID</source>
        <translation>&apos;%1&apos; はリージョン ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="288"/>
        <source>no credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>認証情報がありません: ALIBABA_CLOUD_ACCESS_KEY_ID と ALIBABA_CLOUD_ACCESS_KEY_SECRET を設定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="305"/>
        <source>otadash-cli %1: cannot read the secret of profile &apos;%2&apos;: %3</source>
        <translation>otadash-cli %1: プロファイル &apos;%2&apos; のシークレットを読み取れません: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="361"/>
        <source>otadash-cli %1: could not renew the credentials of role %2 (%3); trying again</source>
        <translation>otadash-cli %1: ロール %2 の認証情報を更新できませんでした (%3)。再試行します</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="367"/>
        <source>otadash-cli %1: cannot assume role %2 of profile &apos;%3&apos;: %4</source>
        <translation>otadash-cli %1: プロファイル &apos;%3&apos; のロール %2 を引き受けられません: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="379"/>
        <source>Code: %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="380"/>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="384"/>
        <source>RequestId: %1</source>
        <translation>RequestId: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="386"/>
        <source>Recommend: %1</source>
        <translation>推奨: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="61"/>
        <source>%1 is required</source>
        <translation>%1 は必須です</translation>
    </message>
    <message>
        <location filename="../app/cli/ConnectionOptions.cpp" line="65"/>
        <source>give %1 only once</source>
        <translation>%1 は 1 回だけ指定してください</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="25"/>
        <source>Connected: the credentials were accepted.</source>
        <translation>接続しました。認証情報は受け入れられました。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="38"/>
        <source>Connected: the gateway accepted the signature and the AccessKey (the test batch does not exist, as expected).</source>
        <translation>接続しました。ゲートウェイは署名と AccessKey を受け入れました (テスト用の更新バッチは想定どおり存在しません)。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ConnectionTest.cpp" line="46"/>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message>
        <location filename="../ui/CountsChart.cpp" line="156"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="166"/>
        <source>%1 succeeded</source>
        <translation>%1 成功</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/CountsChart.cpp" line="168"/>
        <source>%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln device(s)</source>
        <translation>
            <numerusform>失敗 %1 (%2 台) · 進行中 %3 台 · 未開始 %4 台 · 完了 %5、全 %Ln 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="178"/>
        <source>Query a batch to see the progress of its devices.</source>
        <translation>更新バッチをクエリすると、そのデバイスの進捗が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/CountsChart.cpp" line="183"/>
        <source>Device tasks by status</source>
        <translation>状態別のデバイスのタスク</translation>
    </message>
</context>
<context>
    <name>CountsSummary</name>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="17"/>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="22"/>
        <source>%1 succeeded (%2) · %3 failed (%4) · %5 in flight · %6 not started</source>
        <translation>成功 %1 (%2) · 失敗 %3 (%4) · 進行中 %5 · 未開始 %6</translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="30"/>
        <source>%1 succeeded · %2 failed</source>
        <translation>成功 %1 · 失敗 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="36"/>
        <source>%Ln task(s): %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in flight; %7 not started.</source>
        <translation>
            <numerusform>全 %Ln 件のタスク: 完了 %1 (%2)、うち成功 %3、失敗 %4、キャンセル %5。進行中 %6。未開始 %7。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/ota/CountsSummary.cpp" line="51"/>
        <source>Complete: succeeded, failed or canceled, the tasks that will not move on by themselves. In flight: notified or in progress. Not started: queued or awaiting confirmation. Shares are of the batch&apos;s total, read in the same round.</source>
        <translation>完了: 成功・失敗・キャンセルのいずれか (これ以上自ら進まないタスク)。進行中: プッシュ済みまたはアップグレード中。未開始: キュー待ちまたは確認待ち。割合は、同じ集計で読んだ更新バッチの総数に対する値です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="63"/>
        <source>Tasks moved while they were counted: the statuses add up to %1 of the batch&apos;s %2 (%Ln task(s) changed status between two reads and were missed).</source>
        <translation>
            <numerusform>集計中にタスクが移動しました: ステータスごとの合計は更新バッチの総数 %2 件中 %1 件です (%Ln 件が 2 回の読み取りの間にステータスを変え、数えられませんでした)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="68"/>
        <source>Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch&apos;s %2 (counted twice between two reads).</source>
        <translation>
            <numerusform>集計中にタスクが移動しました: ステータスごとの合計は %1 件で、更新バッチの総数 %2 件より %Ln 件多くなっています (2 回の読み取りの間に二重に数えられました)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="30"/>
        <source>No keychain available</source>
        <translation>キーチェーンを使用できません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="32"/>
        <source>Keychain locked</source>
        <translation>キーチェーンがロックされています</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="34"/>
        <source>Keychain access denied</source>
        <translation>キーチェーンへのアクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="36"/>
        <source>Secret not found</source>
        <translation>シークレットが見つかりません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="38"/>
        <source>Keychain not answering</source>
        <translation>キーチェーンが応答しません</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="42"/>
        <source>Keychain error</source>
        <translation>キーチェーンのエラー</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="50"/>
        <source>No Secret Service is available: there is no D-Bus session, or no keychain provider (such as GNOME Keyring or KWallet) is running or has a keyring. Start one and try again.</source>
        <translation>Secret Service を使用できません。D-Bus セッションがないか、キーチェーンのプロバイダー (GNOME Keyring や KWallet など) が実行されていないか、キーリングがありません。プロバイダーを起動してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="56"/>
        <source>The keyring is locked. Unlock it (for example by logging in to the desktop, or with your keyring&apos;s own tool) and try again.</source>
        <translation>キーリングがロックされています。ロックを解除してから (デスクトップにログインする、キーリングのツールを使うなど) 再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="61"/>
        <source>The keychain refused access, or its prompt was dismissed. Allow OtaDash to use the keychain and try again.</source>
        <translation>キーチェーンがアクセスを拒否したか、確認のプロンプトが閉じられました。OtaDash にキーチェーンの使用を許可して再試行してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="67"/>
        <source>The keychain holds no secret for this profile. Enter the AccessKey secret again.</source>
        <translation>キーチェーンにこのプロファイルのシークレットがありません。AccessKey Secret をもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="72"/>
        <source>The keychain did not answer in time; it may be waiting for an unlock prompt that nobody can see.</source>
        <translation>キーチェーンが時間内に応答しませんでした。誰にも見えないロック解除のプロンプトを待っている可能性があります。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="78"/>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンがエラーを返しました。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/CredentialError.cpp" line="82"/>
        <source>(Keychain: %1)</source>
        <translation>(キーチェーン: %1)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="56"/>
        <source>&amp;Open OtaDash</source>
        <translation>OtaDash を開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="57"/>
        <source>&amp;Pause watching</source>
        <translation>ウォッチを一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="100"/>
        <source>Update batch status changed</source>
        <translation>更新バッチのステータスが変わりました</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="100"/>
        <source>Rollout finished</source>
        <translation>展開が完了しました</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="101"/>
        <source>Batch %1 is now %2.</source>
        <comment>batch name, status</comment>
        <translation>更新バッチ %1 のステータスが「%2」になりました。</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="103"/>
        <location filename="../ui/DesktopNotifier.cpp" line="125"/>
        <source>Profile: %1</source>
        <translation>プロファイル: %1</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="114"/>
        <source>Failure rate alert</source>
        <translation>失敗率アラート</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="115"/>
        <source>Batch %1: %2 % of the tasks that succeeded or failed have failed (%3 of %4), at or above the alert threshold of %5 %.</source>
        <comment>batch name, rate, failed, succeeded + failed, threshold</comment>
        <translation>更新バッチ %1: 成功または失敗したタスクの %2 % が失敗しました (%4 件中 %3 件)。アラートのしきい値 %5 % 以上です。</translation>
    </message>
    <message>
        <location filename="../ui/DesktopNotifier.cpp" line="126"/>
        <source>Click to open the batch with its Cancel dialog ready; nothing is sent until you confirm there.</source>
        <translation>クリックするとバッチを開き、キャンセルのダイアログを表示します。そこで確認するまで何も送信されません。</translation>
    </message>
</context>
<context>
    <name>DesktopStyle</name>
    <message>
        <location filename="../ui/DesktopStyle.cpp" line="120"/>
        <source>Clear the field</source>
        <translation>入力欄を消去</translation>
    </message>
</context>
<context>
    <name>DeviceCommand</name>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="42"/>
        <source>Usage: otadash-cli device (--product-key PK --device-name NAME | --iot-id ID) [--job-id ID] [options]</source>
        <translation>使い方: otadash-cli device (--product-key PK --device-name NAME | --iot-id ID) [--job-id ID] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="48"/>
        <source>Show one device: its online state, the version it reports for each module, its unfinished OTA tasks and, with --job-id, its task in that batch. The device&apos;s secret is never shown.</source>
        <translation>1 台のデバイスを表示します: オンライン状態、モジュールごとに報告されたバージョン、未完了の OTA タスク、--job-id を指定した場合はそのバッチでのタスク。デバイスのシークレットは表示しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="54"/>
        <source>The product of the device.</source>
        <translation>デバイスのプロダクト。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="54"/>
        <source>PK</source>
        <translation>PK</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="55"/>
        <source>The device&apos;s name.</source>
        <translation>デバイス名。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="55"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="56"/>
        <source>The device&apos;s IotId, instead of the product key and name.</source>
        <translation>プロダクトキーと名前の代わりに、デバイスの IotId。</translation>
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
        <translation>このバッチでのデバイスのタスクも表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="60"/>
        <source>text (default), or json: one object with the API&apos;s field names.</source>
        <translation>text（既定）、または json: API のフィールド名を持つ 1 つのオブジェクト。</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="71"/>
        <source>name the device with --product-key and --device-name, or --iot-id</source>
        <translation>デバイスを --product-key と --device-name、または --iot-id で指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="73"/>
        <source>--iot-id names the device by itself; leave out --product-key and --device-name</source>
        <translation>--iot-id だけでデバイスを指定できます。--product-key と --device-name は省いてください</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="76"/>
        <source>&apos;%1&apos; is not a valid product key</source>
        <translation>&apos;%1&apos; は有効なプロダクトキーではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="79"/>
        <source>&apos;%1&apos; is not a valid device name: letters, digits and - _ @ . : only</source>
        <translation>&apos;%1&apos; は有効なデバイス名ではありません: 英字、数字と - _ @ . : のみ使えます</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="82"/>
        <source>&apos;%1&apos; is not a valid IotId</source>
        <translation>&apos;%1&apos; は有効な IotId ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="85"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効なバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="92"/>
        <source>--output must be text or json</source>
        <translation>--output は text または json です</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="115"/>
        <source>ERROR: %1 (device %2)</source>
        <translation>エラー: %1（デバイス %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="136"/>
        <source>Device %1 of %2 (%3)</source>
        <translation>%2（%3）のデバイス %1</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="137"/>
        <source>IotId</source>
        <translation>IotId</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="138"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="140"/>
        <source>Last online</source>
        <translation>最終オンライン</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="141"/>
        <source>Firmware version</source>
        <translation>ファームウェアバージョン</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="142"/>
        <source>(not reported)</source>
        <translation>（報告なし）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="146"/>
        <source>Modules</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="146"/>
        <source>(none reported)</source>
        <translation>（報告なし）</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="148"/>
        <location filename="../app/cli/DeviceCommand.cpp" line="150"/>
        <source>Unfinished OTA tasks</source>
        <translation>未完了の OTA タスク</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="148"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="153"/>
        <source>%1 in batch %2 (%3 → %4), task %5</source>
        <translation>バッチ %2 で %1（%3 → %4）、タスク %5</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="160"/>
        <location filename="../app/cli/DeviceCommand.cpp" line="170"/>
        <source>Task in batch %1</source>
        <translation>バッチ %1 のタスク</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="160"/>
        <source>none: the batch has no task for this device</source>
        <translation>なし: このバッチにはこのデバイスのタスクがありません</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="165"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="169"/>
        <source>changed %1</source>
        <translation>%1 に変更</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="174"/>
        <source>warning: the task succeeded, but the device reports %1, not %2</source>
        <translation>警告: タスクは成功しましたが、デバイスは %2 ではなく %1 を報告しています</translation>
    </message>
    <message>
        <location filename="../app/cli/DeviceCommand.cpp" line="179"/>
        <source>Read at %1</source>
        <translation>%1 に取得</translation>
    </message>
</context>
<context>
    <name>DeviceLookup</name>
    <message>
        <location filename="../app/core/services/DeviceLookup.cpp" line="47"/>
        <source>The response names no device.</source>
        <translation>応答にデバイスが含まれていません。</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="21"/>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="23"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="25"/>
        <source>Never activated</source>
        <translation>未アクティブ化</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="27"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="98"/>
        <source>Reading the device…</source>
        <translation>デバイスを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="117"/>
        <source>Device %1 of %2 (%3)</source>
        <translation>%2（%3）のデバイス %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="120"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="122"/>
        <source>(not reported)</source>
        <translation>（報告なし）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="125"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="126"/>
        <source>(none reported)</source>
        <translation>（報告なし）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="129"/>
        <source>%1 in batch %2 (%3 → %4)</source>
        <translation>バッチ %2 で %1（%3 → %4）</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="131"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="138"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="142"/>
        <source>changed %1</source>
        <translation>%1 に変更</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="146"/>
        <source>none: the batch has no task for this device</source>
        <translation>なし: このバッチにはこのデバイスのタスクがありません</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="154"/>
        <source>⚠ The task succeeded, but the device reports version %1, not %2: it may have rolled back or not restarted into the new firmware.</source>
        <translation>⚠ タスクは成功しましたが、デバイスは %2 ではなくバージョン %1 を報告しています: ロールバックしたか、新しいファームウェアで再起動していない可能性があります。</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="178"/>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="180"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="201"/>
        <location filename="../ui/DevicePanel.cpp" line="203"/>
        <source>Device %1</source>
        <translation>デバイス %1</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="204"/>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="205"/>
        <source>Last online:</source>
        <translation>最終オンライン:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="206"/>
        <source>Reported version:</source>
        <translation>報告バージョン:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="207"/>
        <source>Modules:</source>
        <translation>モジュール:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="208"/>
        <source>Unfinished OTA tasks:</source>
        <translation>未完了の OTA タスク:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="209"/>
        <source>Task in this batch:</source>
        <translation>このバッチのタスク:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="210"/>
        <source>Read at:</source>
        <translation>取得時刻:</translation>
    </message>
    <message>
        <location filename="../ui/DevicePanel.cpp" line="211"/>
        <source>&amp;Read again</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="15"/>
        <source>Filter the products, firmware and batches</source>
        <translation>プロダクト、ファームウェア、更新バッチを絞り込む</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="16"/>
        <source>Filter products, firmware and batches</source>
        <translation>プロダクト、ファームウェア、更新バッチを絞り込み</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="22"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="23"/>
        <source>Read the products, firmware and batches again</source>
        <translation>プロダクト、ファームウェア、更新バッチを読み込み直します</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="42"/>
        <source>Products, firmware and batches</source>
        <translation>プロダクト、ファームウェア、更新バッチ</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="60"/>
        <location filename="../ui/DiscoveryPanel.cpp" line="348"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="61"/>
        <source>Show the selected batch in the main form</source>
        <translation>選択した更新バッチをメインのフォームに表示します</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="66"/>
        <location filename="../ui/DiscoveryPanel.cpp" line="349"/>
        <source>Add to &amp;watch list</source>
        <translation>ウォッチリストに追加(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.ui" line="67"/>
        <source>Watch the selected batch with the current profile</source>
        <translation>選択した更新バッチを現在のプロファイルでウォッチします</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="274"/>
        <source>Load &amp;more</source>
        <translation>さらに読み込む(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="274"/>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DiscoveryPanel.cpp" line="284"/>
        <source>Show its batches on the &amp;timeline (%n loaded)</source>
        <translation>
            <numerusform>読み込み済みのバッチをタイムラインに表示(&amp;T) (%n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="293"/>
        <source>Copy &amp;ProductKey</source>
        <translation>ProductKey をコピー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="294"/>
        <source>Copy &amp;FirmwareId</source>
        <translation>FirmwareId をコピー(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="295"/>
        <source>Copy &amp;JobId</source>
        <translation>JobId をコピー(&amp;J)</translation>
    </message>
    <message>
        <location filename="../ui/DiscoveryPanel.cpp" line="329"/>
        <source>Choose a profile whose secret is available to browse its products.</source>
        <translation>プロダクトを参照するには、シークレットを利用できるプロファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="330"/>
        <source>The response holds no page.</source>
        <translation>レスポンスにページが含まれていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="556"/>
        <source>%Ln device(s)</source>
        <comment>product&apos;s device count</comment>
        <translation>
            <numerusform>%Ln 台のデバイス</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="570"/>
        <source>No verification needed</source>
        <translation>検証不要</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="572"/>
        <source>Unverified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="574"/>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="576"/>
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="578"/>
        <source>Verification failed</source>
        <translation>検証失敗</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="601"/>
        <source>%1, created %2</source>
        <comment>batch type, creation time</comment>
        <translation>%1、作成日時 %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="636"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="640"/>
        <source>Load more (%1 of %2 shown)</source>
        <translation>さらに読み込む (%2 件中 %1 件を表示)</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="645"/>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="659"/>
        <source>ProductKey: %1</source>
        <translation>ProductKey: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="665"/>
        <source>FirmwareId: %1</source>
        <translation>FirmwareId: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="669"/>
        <source>Module: %1</source>
        <translation>モジュール: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="670"/>
        <source>Differential package</source>
        <translation>差分パッケージ</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="670"/>
        <source>Full package</source>
        <translation>完全パッケージ</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="672"/>
        <source>Size: %1</source>
        <translation>サイズ: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="677"/>
        <source>JobId: %1</source>
        <translation>JobId: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="680"/>
        <source>Status read at %1</source>
        <translation>ステータスの読み取り: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="683"/>
        <source>Selection: %1, target: %2</source>
        <translation>選択方式: %1、対象: %2</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="687"/>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="689"/>
        <source>Started: %1</source>
        <translation>開始日時: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="691"/>
        <source>Ended: %1</source>
        <translation>終了日時: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="700"/>
        <source>%1 of %2 loaded</source>
        <translation>%2 件中 %1 件を読み込み済み</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="704"/>
        <source>Loading failed: %1</source>
        <translation>読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="714"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="716"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="718"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="14"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="24"/>
        <source>Code:</source>
        <translation>エラーコード:</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="32"/>
        <source>Request ID:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="48"/>
        <source>Set the instance I&amp;D…</source>
        <translation>インスタンス ID を設定(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.ui" line="49"/>
        <source>Opens the profile (or the query bar, without one) at its instance ID.</source>
        <translation>プロファイル（プロファイルがなければクエリバー）のインスタンス ID 欄を開きます。</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.cpp" line="67"/>
        <source>Profile %1: %2</source>
        <translation>プロファイル %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/ErrorPanel.cpp" line="74"/>
        <source>Open File &gt; Profiles… to enter the secret again or to choose another profile.</source>
        <translation>[ファイル] &gt; [プロファイル…] を開いて、シークレットを入力し直すか、別のプロファイルを選択してください。</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../ui/ExportActions.cpp" line="147"/>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="148"/>
        <source>&amp;Raw Response…</source>
        <translation>生の応答(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="149"/>
        <source>Save the last QueryOTAJob response body exactly as it was received.</source>
        <translation>最後の QueryOTAJob の応答本文を受信したとおりに保存します。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="150"/>
        <source>Device Tasks as &amp;CSV…</source>
        <translation>デバイスタスクを CSV で(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="151"/>
        <source>Read every device task of the batch and save them as CSV.</source>
        <translation>更新バッチのすべてのデバイスタスクを読み込み、CSV として保存します。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="152"/>
        <source>&amp;Sign-off Report…</source>
        <translation>承認レポート(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="153"/>
        <source>Save a report of the batch for sign-off, as PDF or Markdown.</source>
        <translation>承認用の更新バッチのレポートを PDF または Markdown で保存します。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="154"/>
        <source>Copy as &amp;aliyun Command</source>
        <translation>aliyun コマンドとしてコピー(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="155"/>
        <source>Copy the aliyun CLI command that queries this batch (no secret).</source>
        <translation>この更新バッチをクエリする aliyun CLI コマンドをコピーします (シークレットは含みません)。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="156"/>
        <source>Copy as &amp;otadash-cli Command</source>
        <translation>otadash-cli コマンドとしてコピー(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="157"/>
        <source>Copy the otadash-cli command that queries this batch (no secret).</source>
        <translation>この更新バッチをクエリする otadash-cli コマンドをコピーします (シークレットは含みません)。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="159"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="182"/>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="201"/>
        <location filename="../ui/ExportActions.cpp" line="232"/>
        <source>Export Failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="213"/>
        <source>Export canceled.</source>
        <translation>エクスポートをキャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="219"/>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="236"/>
        <source>Nothing was saved. You may save it to another file.</source>
        <translation>何も保存されていません。別のファイルに保存できます。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="237"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="258"/>
        <source>Save Raw Response</source>
        <translation>生の応答を保存</translation>
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
        <translation>デバイスタスクのエクスポート</translation>
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
        <translation>更新バッチ %1 のデバイスタスクを読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="302"/>
        <source>Read %1 of %2 device tasks…</source>
        <translation>%2 件のデバイスタスクのうち %1 件を読み込みました…</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="368"/>
        <source>No batch is shown any more. Query it again, then save the report.</source>
        <translation>更新バッチが表示されていません。もう一度照会してから、レポートを保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="401"/>
        <source>Sign-off Report</source>
        <translation>承認レポート</translation>
    </message>
    <message>
        <location filename="../ui/ExportActions.cpp" line="402"/>
        <source>Gathering the report of batch %1…</source>
        <translation>更新バッチ %1 のレポートを準備中…</translation>
    </message>
</context>
<context>
    <name>FailureAlertDialog</name>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="6"/>
        <source>Failure alert</source>
        <translation>失敗率アラート</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="15"/>
        <source>Alert at a failure rate of &amp;at least:</source>
        <translation>アラートを出す失敗率(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="25"/>
        <source>&amp;Minimum sample:</source>
        <translation>最小サンプル数(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.ui" line="30"/>
        <source>Tasks that ended as succeeded or failed before the rate counts, so a few early failures do not raise the alert.</source>
        <translation>失敗率を評価する前に、成功または失敗で終了している必要があるタスク数です。初期の少数の失敗でアラートが出ないようにします。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="49"/>
        <source>Batch %1: notify once when the share of failed tasks among those that succeeded or failed reaches the threshold, and again only after it has been below it. Canceled tasks and those still running do not count.</source>
        <translation>更新バッチ %1: 成功または失敗したタスクに占める失敗の割合がしきい値に達したときに 1 回通知し、一度しきい値を下回った後にのみ再び通知します。キャンセルされたタスクと実行中のタスクは数えません。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="53"/>
        <source> succeeded or failed</source>
        <translation> 件 (成功または失敗)</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="54"/>
        <source>&amp;Remove alert</source>
        <translation>アラートを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="59"/>
        <source>Now: %3 % failed (%1 of %2 tasks that succeeded or failed).</source>
        <translation>現在: %3 % が失敗 (成功または失敗したタスク %2 件中 %1 件)。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="64"/>
        <source>No task of this batch has succeeded or failed yet.</source>
        <translation>この更新バッチには、まだ成功または失敗したタスクがありません。</translation>
    </message>
    <message>
        <location filename="../ui/FailureAlertDialog.cpp" line="66"/>
        <source>The task counts are read at the next refresh of the watch list.</source>
        <translation>タスク数は、次回のウォッチリストの更新時に取得されます。</translation>
    </message>
</context>
<context>
    <name>FailureReasonsModel</name>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="194"/>
        <location filename="../app/report/ReportLayout.cpp" line="180"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="196"/>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <location filename="../app/report/ReportLayout.cpp" line="180"/>
        <source>Devices</source>
        <translation>デバイス数</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="168"/>
        <source>Other reasons</source>
        <translation>その他の理由</translation>
    </message>
    <message>
        <location filename="../app/core/models/FailureReasonsModel.cpp" line="170"/>
        <location filename="../ui/BatchProgressView.cpp" line="985"/>
        <source>(no reason given)</source>
        <translation>(理由の記載なし)</translation>
    </message>
</context>
<context>
    <name>FirmwareDetailModel</name>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="53"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="55"/>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="149"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="57"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="104"/>
        <source>No verification needed</source>
        <translation>検証不要</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="106"/>
        <source>Not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="108"/>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="110"/>
        <source>Being verified (%1 %)</source>
        <translation>検証中（%1 %）</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="110"/>
        <source>Being verified</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="112"/>
        <source>Verification failed</source>
        <translation>検証失敗</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="116"/>
        <source>Unknown status %1</source>
        <translation>不明なステータス %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="122"/>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 バイト）</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="139"/>
        <source>Package name</source>
        <translation>更新パッケージ名</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="141"/>
        <source>Package ID</source>
        <translation>更新パッケージ ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="143"/>
        <source>Package type</source>
        <translation>パッケージの種類</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="145"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="147"/>
        <source>Module</source>
        <translation>モジュール</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="151"/>
        <source>Sign method</source>
        <translation>署名方式</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="153"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="155"/>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="157"/>
        <source>Created</source>
        <translation>作成時刻</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="159"/>
        <source>Download URL</source>
        <translation>ダウンロード URL</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="175"/>
        <source>Differential package</source>
        <translation>差分パッケージ</translation>
    </message>
    <message>
        <location filename="../app/core/models/FirmwareDetailModel.cpp" line="175"/>
        <source>Full package</source>
        <translation>完全パッケージ</translation>
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
        <translation>応答にファームウェアが含まれていません。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="278"/>
        <source>%Ln fetch(es)</source>
        <translation>
            <numerusform>%Ln 件の取得</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="135"/>
        <source>--demo cannot be combined with --history-db</source>
        <translation>--demo は --history-db と同時に指定できません</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="76"/>
        <source>The history file to read (default: the one the dashboard and &apos;otadash-cli query&apos; write).</source>
        <translation>読み込む履歴ファイル (デフォルト: ダッシュボードと &apos;otadash-cli query&apos; が書き込むファイル)。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="81"/>
        <source>Read the demo&apos;s history (what the dashboard and &apos;otadash-cli query&apos; recorded with --demo).</source>
        <translation>デモの履歴を読み込みます (ダッシュボードと &apos;otadash-cli query&apos; が --demo で記録したもの)。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="101"/>
        <source>Usage: otadash-cli history --job-id ID [--profile NAME] [--output text|json|csv] [options]</source>
        <translation>使い方: otadash-cli history --job-id ID [--profile NAME] [--output text|json|csv] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="137"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="133"/>
        <source>--output must be text, json or csv</source>
        <translation>--output には text、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="105"/>
        <source>Exit codes: 0 success, 1 usage error or no history of the batch, 5 the history file cannot be read.</source>
        <translation>終了コード: 0 成功、1 使い方の誤りまたは更新バッチの履歴なし、5 履歴ファイルを読み込めない。</translation>
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
        <translation>このプロファイルで取得したものだけを表示します (デフォルト: すべてのプロファイルの取得をプロファイル列付きで表示)。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="226"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="65"/>
        <source>The batch whose recorded fetches to print.</source>
        <translation>記録された取得結果を表示する更新バッチ。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="72"/>
        <source>text (default): an aligned table; json: an array of objects; csv: a header row, then one row per fetch or round of task counts.</source>
        <translation>text (デフォルト): 整列した表。json: オブジェクトの配列。csv: ヘッダー行に続いて取得またはタスク数の集計ごとに 1 行。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="93"/>
        <source>Print the fetches of an OTA update batch recorded on this computer, oldest first: when, its JobStatus and the task counts read with it, if any, with their own time; task counts read without a fetch are lines of their own. Only the local history is read: no network, no credentials.</source>
        <translation>このコンピューターに記録された OTA 更新バッチの取得結果を古い順に表示します: 取得日時、JobStatus、取得と同時に集計したタスク数があればその集計日時とともに。取得なしで集計したタスク数はそれぞれ別の行になります。読み込むのはローカルの履歴だけで、ネットワークも認証情報も使いません。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="162"/>
        <source>otadash-cli history: there is no history at %1 yet: the dashboard and &apos;otadash-cli query&apos; record the batches they read there.</source>
        <translation>otadash-cli history: %1 にはまだ履歴がありません。ダッシュボードと &apos;otadash-cli query&apos; は読み込んだ更新バッチをそこに記録します。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="203"/>
        <source>otadash-cli history: no fetch of batch %1 with profile %2 is recorded in %3.</source>
        <translation>otadash-cli history: プロファイル %2 による更新バッチ %1 の取得は %3 に記録されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="205"/>
        <source>otadash-cli history: no fetch of batch %1 is recorded in %2.</source>
        <translation>otadash-cli history: 更新バッチ %1 の取得は %2 に記録されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="228"/>
        <source>Fetched (%1)</source>
        <translation>取得日時 (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="230"/>
        <source>Counted (%1)</source>
        <translation>集計日時 (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="233"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="236"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="280"/>
        <source>%Ln round(s) of task counts read without a fetch</source>
        <translation>
            <numerusform>更新バッチの取得なしで集計したタスク数 %Ln 回</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNoticeBar</name>
    <message>
        <location filename="../ui/HistoryNoticeBar.cpp" line="63"/>
        <source>Stale since %1</source>
        <translation>%1 以降未更新</translation>
    </message>
    <message>
        <location filename="../ui/HistoryNoticeBar.cpp" line="64"/>
        <source>The batch could not be fetched. The form shows its last state in the local history, fetched at %1; the next successful query replaces it.</source>
        <translation>更新バッチを取得できませんでした。フォームにはローカル履歴にある最後の状態 (%1 に取得) を表示しています。次に照会に成功すると置き換わります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryNoticeBar.cpp" line="72"/>
        <source>%n field(s) changed since you last looked at %1. Hover a highlighted field to see what it was.</source>
        <translation>
            <numerusform>前回確認した %1 以降、%n 個の項目が変わりました。強調表示された項目にポインターを置くと、以前の値が表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <location filename="../app/core/services/HistoryRecorder.cpp" line="46"/>
        <source>No history file is in use.</source>
        <translation>履歴ファイルは使用されていません。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="172"/>
        <source>another OtaDash window or command kept the file locked for too long</source>
        <translation>別の OtaDash のウィンドウまたはコマンドがファイルを長時間ロックしていました</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="175"/>
        <source>the file is read-only</source>
        <translation>ファイルは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="177"/>
        <source>the disk could not be read or written</source>
        <translation>ディスクの読み書きができませんでした</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="179"/>
        <source>the file is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="181"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="183"/>
        <source>the file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="185"/>
        <source>the file is not an SQLite database</source>
        <translation>ファイルは SQLite データベースではありません</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="190"/>
        <source>unknown database error</source>
        <translation>不明なデータベースエラー</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="247"/>
        <source>The history file %1 could not be written: %2. Nothing was saved.</source>
        <translation>履歴ファイル %1 に書き込めませんでした: %2。何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="255"/>
        <source>The history file %1 is not open: %2</source>
        <translation>履歴ファイル %1 は開かれていません: %2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="265"/>
        <source>The history file %1 could not be read: %2</source>
        <translation>履歴ファイル %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="289"/>
        <source>its folder %1 could not be created</source>
        <translation>フォルダー %1 を作成できませんでした</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="804"/>
        <source>An action without a name or a valid time cannot be added to the audit log.</source>
        <translation>名前または有効な時刻のない操作は監査ログに追加できません。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="238"/>
        <source>The history file %1 could not be opened: %2</source>
        <translation>履歴ファイル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="295"/>
        <source>Qt&apos;s SQLite driver (QSQLITE) is not installed</source>
        <translation>Qt の SQLite ドライバー (QSQLITE) がインストールされていません</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="305"/>
        <source>it was written by a newer OtaDash (history version %1; this one reads up to %2) and was left unchanged</source>
        <translation>新しいバージョンの OtaDash で書き込まれたため (履歴バージョン %1、このバージョンが読めるのは %2 まで)、変更せずにそのままにしました</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="329"/>
        <location filename="../app/core/history/HistoryStore.cpp" line="348"/>
        <source>it could not be upgraded to history version %1: %2</source>
        <translation>履歴バージョン %1 にアップグレードできませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="545"/>
        <source>A fetch without a batch ID or a valid time cannot be added to the history.</source>
        <translation>更新バッチの ID または有効な時刻がない取得結果は履歴に追加できません。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="589"/>
        <source>Task counts without a batch ID or a valid time cannot be added to the history.</source>
        <translation>更新バッチの ID または有効な時刻がないタスク数は履歴に追加できません。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="692"/>
        <source>A batch can only be marked as seen with its ID and a valid time.</source>
        <translation>更新バッチを確認済みにするには、その ID と有効な時刻が必要です。</translation>
    </message>
    <message>
        <location filename="../app/core/history/HistoryStore.cpp" line="741"/>
        <source>The history cannot be pruned without a valid time.</source>
        <translation>有効な時刻がないと履歴を整理できません。</translation>
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
        <translation>%1 に集計したデバイスタスク数</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="143"/>
        <source>No device tasks were counted for this batch.</source>
        <translation>この更新バッチのデバイスタスクは集計されていません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="130"/>
        <source>Only the device tasks were counted at %1; the batch itself was not read then.</source>
        <translation>%1 にはデバイスタスク数だけを集計しました。このとき更新バッチ自体は読み込んでいません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="142"/>
        <source>No device tasks were counted with this fetch.</source>
        <translation>この取得ではデバイスタスクを集計していません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="157"/>
        <source>Fetched at (%1)</source>
        <comment>the time zone of the table&apos;s times</comment>
        <translation>取得日時 (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="160"/>
        <source>Counted at</source>
        <translation>集計日時</translation>
    </message>
    <message>
        <location filename="../app/core/models/HistoryTableModel.cpp" line="164"/>
        <source>Devices</source>
        <translation>デバイス数</translation>
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
%2: %3</translation>
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
        <translation>全デバイス %1</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="239"/>
        <source>No device task changed status since you last looked at %1.</source>
        <translation>前回確認した %1 以降、ステータスが変わったデバイスタスクはありません。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="240"/>
        <source>Since you last looked at %1: %2</source>
        <comment>a time, then the list of count changes</comment>
        <translation>前回確認した %1 以降: %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="241"/>
        <source>, </source>
        <comment>between the items of a list of changes</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="246"/>
        <source>All devices</source>
        <translation>全デバイス</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="247"/>
        <source>Finished (succeeded, failed or canceled)</source>
        <translation>終了 (アップグレード成功・アップグレード失敗・キャンセル済み)</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="249"/>
        <source>Devices</source>
        <translation>デバイス数</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="251"/>
        <source>Burn-up of the batch&apos;s device tasks</source>
        <translation>更新バッチのデバイスのタスクのバーンアップ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="256"/>
        <source>%n round(s) of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 succeeded.</source>
        <translation>
            <numerusform>%1 から %2 までの集計 %n 回。最後の集計では %4 台中 %3 台が終了、%5 台が成功。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="266"/>
        <source>The local history is not available in this window.</source>
        <translation>このウィンドウではローカル履歴を利用できません。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="272"/>
        <source>Query a batch to see how it progressed over the fetches OtaDash recorded.</source>
        <translation>更新バッチを照会すると、OtaDash が記録した取得結果からその進み具合を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="279"/>
        <source>No history of batch %1 yet. OtaDash records every fetch of it from now on.</source>
        <translation>更新バッチ %1 の履歴はまだありません。今後、OtaDash は取得のたびに記録します。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="281"/>
        <source>The history of batch %1 cannot be read: %2</source>
        <translation>更新バッチ %1 の履歴を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="289"/>
        <source>Fetched once, at %1.</source>
        <translation>%1 に 1 回取得しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="291"/>
        <source>Fetched %n time(s), first at %1, last at %2.</source>
        <translation>
            <numerusform>%n 回取得しました (初回 %1、最終 %2)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="296"/>
        <source>Latest count (%1): %2 of %3 devices finished, %4 succeeded.</source>
        <translation>最新の集計 (%1): %3 台中 %2 台が終了、%4 台がアップグレード成功。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.cpp" line="312"/>
        <source>No device task counts recorded for this batch yet. The Devices tab counts them.</source>
        <translation>この更新バッチのデバイスタスク数はまだ記録されていません。「デバイス」タブで集計されます。</translation>
    </message>
    <message>
        <location filename="../ui/HistoryView.ui" line="64"/>
        <source>Readings of the batch</source>
        <translation>更新バッチの読み込み</translation>
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
        <translation>返されていません</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="162"/>
        <source>Not returned. %1</source>
        <translation>返されていません。%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="183"/>
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 分</numerusform>
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
            <numerusform>%1 個のタグ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="302"/>
        <source>%1
This value is not documented in the API reference.</source>
        <translation>%1
この値は API リファレンスに記載されていません。</translation>
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
        <translation>フィールド</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="334"/>
        <location filename="../app/report/ReportLayout.cpp" line="55"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="336"/>
        <source>Raw value</source>
        <translation>受信した値</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="338"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="261"/>
        <source>Was: %1</source>
        <comment>the value when the user last looked</comment>
        <translation>前回確認時: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/JobDetailModel.cpp" line="113"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
</context>
<context>
    <name>JobDetailView</name>
    <message>
        <location filename="../ui/JobDetailView.ui" line="17"/>
        <source>Enter a batch ID (JobId) and press Enter to query the batch.</source>
        <translation>更新バッチの ID (JobId) を入力して Enter キーを押すと、その更新バッチをクエリします。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="25"/>
        <source>Fields of the batch</source>
        <translation>更新バッチのフィールド</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="34"/>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="40"/>
        <source>Rollout policy</source>
        <translation>更新の設定</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="56"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="59"/>
        <location filename="../ui/JobDetailView.ui" line="73"/>
        <source>Source versions</source>
        <translation>更新対象のファームウェアバージョン</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="93"/>
        <location filename="../ui/JobDetailView.ui" line="100"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.ui" line="114"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="154"/>
        <source>This batch has no tags.</source>
        <translation>この更新バッチにはタグがありません。</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="170"/>
        <location filename="../ui/JobDetailView.cpp" line="238"/>
        <source>Not returned</source>
        <translation>返されていません</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="177"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="188"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../ui/JobDetailView.cpp" line="232"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
</context>
<context>
    <name>JobField</name>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="17"/>
        <source>Batch ID</source>
        <translation>更新バッチ ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="18"/>
        <source>The ID of the update batch.</source>
        <translation>更新バッチの ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="21"/>
        <source>Package name</source>
        <translation>更新パッケージ名</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="22"/>
        <source>The name of the update package.</source>
        <translation>更新パッケージの名前。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="24"/>
        <source>Batch description</source>
        <translation>更新バッチの説明</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="25"/>
        <source>The description of the update batch.</source>
        <translation>更新バッチの説明。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="27"/>
        <source>ProductKey</source>
        <translation>ProductKey</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="28"/>
        <source>The ProductKey of the product to which the update package belongs.</source>
        <translation>更新パッケージが属するプロダクトの ProductKey。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="31"/>
        <source>Package ID</source>
        <translation>更新パッケージ ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="32"/>
        <source>The ID of the update package.</source>
        <translation>更新パッケージの ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="34"/>
        <source>Device group ID</source>
        <translation>デバイスグループ ID</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="35"/>
        <source>The ID of the device group to be updated.</source>
        <translation>更新対象のデバイスグループの ID。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="37"/>
        <source>Device group name</source>
        <translation>デバイスグループ名</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="38"/>
        <source>The name of the device group to be updated.</source>
        <translation>更新対象のデバイスグループの名前。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="41"/>
        <source>Batch type</source>
        <translation>バッチのタイプ</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="42"/>
        <source>Whether the batch verifies an update package or updates devices.</source>
        <translation>バッチのタイプ: 更新パッケージの検証、またはバッチ更新。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="45"/>
        <source>Batch status</source>
        <translation>更新バッチのステータス</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="46"/>
        <source>The status of the update batch: planned, in progress, completed or canceled.</source>
        <translation>更新バッチのステータス: 計画中、実行中、完了、またはキャンセル済み。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="51"/>
        <source>Update policy</source>
        <translation>更新ポリシー</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="52"/>
        <source>The update policy of the batch: static (a fixed set of devices) or dynamic.</source>
        <translation>更新バッチの更新ポリシー: 静的更新 (決まったデバイスが対象) または動的更新。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="57"/>
        <source>Update scope</source>
        <translation>更新バッチの範囲</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="58"/>
        <source>The scope of the update batch: all devices, specified devices or a phased (gray) update. Dynamic batches always return all devices.</source>
        <translation>更新バッチの範囲: すべてのデバイス、指定されたデバイス、または段階的更新。動的更新の更新バッチでは、常に ALL (すべてのデバイス) が返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="63"/>
        <source>Gray percentage</source>
        <translation>段階的更新のフェーズ比率</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="64"/>
        <source>The share of devices in the phased (gray) update, in percent.</source>
        <translation>段階的更新のフェーズ比率 (パーセント)。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="65"/>
        <source>Returned only if the batch is a phased (gray) update.</source>
        <translation>このパラメーターは、段階的更新を実行した場合にのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="67"/>
        <source>Dynamic update mode</source>
        <translation>動的更新のモード</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="68"/>
        <source>Whether a dynamic update keeps updating every device that meets the conditions, or only devices that later report a new version.</source>
        <translation>動的更新のモード: 条件を満たすデバイスを常に更新するか、最新のファームウェアバージョンを後で送信するデバイスのみを更新するか。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="71"/>
        <source>Returned only if the batch is a dynamic update.</source>
        <translation>このパラメーターは、動的更新を実行した場合にのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="73"/>
        <source>Overwrite mode</source>
        <translation>以前の更新タスクの上書き</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="74"/>
        <source>Whether this batch overwrites a device&apos;s previous update task. A task that is in progress is never overwritten.</source>
        <translation>以前の更新タスクを上書きするかどうか。進行中の更新タスクは上書きされません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="79"/>
        <source>Max devices per minute</source>
        <translation>1 分あたりの最大デバイス数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="80"/>
        <source>The maximum number of devices per minute to which the download URL of the update package is pushed.</source>
        <translation>更新パッケージのダウンロード URL が 1 分あたりにプッシュされるデバイスの最大数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="85"/>
        <source>Retry count</source>
        <translation>自動再試行回数</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="86"/>
        <source>The number of automatic retries after a device fails to update.</source>
        <translation>デバイスの更新に失敗した後の自動再試行回数。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="87"/>
        <location filename="../app/core/ota/JobField.cpp" line="94"/>
        <source>Returned only if a retry policy was set when the batch was created.</source>
        <translation>このパラメーターは、更新バッチの作成時に再試行ポリシーが設定されている場合に返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="90"/>
        <source>Retry interval</source>
        <translation>自動再試行間隔</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="91"/>
        <source>The time between automatic retries after a device fails to update, in minutes.</source>
        <translation>デバイスの更新に失敗した後の自動再試行間隔。単位: 分。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="97"/>
        <source>Update timeout</source>
        <translation>デバイス更新のタイムアウト期間</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="98"/>
        <source>The timeout of a device&apos;s update, in minutes.</source>
        <translation>デバイス更新のタイムアウト期間。単位: 分。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="99"/>
        <source>Returned only if a timeout was set when the batch was created.</source>
        <translation>このパラメーターは、更新バッチの作成時にタイムアウト期間が設定されている場合に返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="101"/>
        <source>Confirm in mobile app</source>
        <translation>モバイルアプリで確認</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="102"/>
        <source>Whether the update must be confirmed in your mobile app.</source>
        <translation>モバイルアプリを使用して更新を確認するかどうか。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="104"/>
        <source>Push automatically</source>
        <translation>自動プッシュ</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="105"/>
        <source>Whether IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>IoT Platform からデバイスに更新タスクを自動的にプッシュするかどうか。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="110"/>
        <source>Multi-module update</source>
        <translation>複数モジュールの同時更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="111"/>
        <source>Whether the device supports updating several modules at the same time (default: no).</source>
        <translation>デバイスが複数モジュールの同時更新をサポートするかどうか (デフォルト: いいえ)。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="116"/>
        <source>Download protocol</source>
        <translation>ダウンロードプロトコル</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="117"/>
        <source>The protocol over which devices download the update package, for example HTTPS.</source>
        <translation>更新パッケージのダウンロードプロトコル (例: HTTPS)。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="123"/>
        <source>Source versions</source>
        <translation>更新対象のファームウェアバージョン</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="124"/>
        <source>The firmware versions to be updated.</source>
        <translation>更新対象のファームウェアバージョンのリスト。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="126"/>
        <source>Destination version</source>
        <translation>宛先ファームウェアバージョン</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="127"/>
        <source>The destination firmware version of the update.</source>
        <translation>更新の宛先ファームウェアバージョン。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="129"/>
        <location filename="../app/core/ota/JobField.cpp" line="235"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="130"/>
        <source>The tags of the update batch, as key and value pairs.</source>
        <translation>更新バッチのタグ (キーと値のペア)。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="133"/>
        <source>Created</source>
        <translation>作成時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="134"/>
        <source>When the update batch was created.</source>
        <translation>更新バッチが作成された時刻。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="136"/>
        <source>Scheduled start</source>
        <translation>スケジュールされた開始時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="137"/>
        <source>The start time of the scheduled update batch.</source>
        <translation>スケジュールされた更新バッチの開始時刻。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="138"/>
        <source>Returned only if the batch is scheduled.</source>
        <translation>このパラメーターは、スケジュールされた更新バッチに対してのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="140"/>
        <source>Started</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="141"/>
        <source>When the update batch started.</source>
        <translation>更新バッチの開始時刻。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="143"/>
        <source>Scheduled end</source>
        <translation>スケジュールされた終了時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="144"/>
        <source>The end time of the scheduled update batch.</source>
        <translation>スケジュールされた更新バッチの終了時刻。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="145"/>
        <source>Returned only if the batch is scheduled and a scheduled end time was set.</source>
        <translation>このパラメーターは、更新バッチがスケジュールされていて、スケジュールされた更新バッチの終了時刻が指定されている場合にのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="149"/>
        <source>Ended</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="150"/>
        <source>When the update batch ended.</source>
        <translation>更新バッチの終了時刻。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="151"/>
        <source>Returned only if the update batch has completed.</source>
        <translation>このパラメーターは、更新バッチが完了した後にのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="153"/>
        <source>Last modified</source>
        <translation>最終変更時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="154"/>
        <source>When the update batch was last modified.</source>
        <translation>更新バッチが最後に変更された時刻。</translation>
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
        <translation>基本情報</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="231"/>
        <source>Rollout policy</source>
        <translation>更新の設定</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="233"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/core/ota/JobField.cpp" line="237"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
</context>
<context>
    <name>JobIdValidator</name>
    <message>
        <location filename="../ui/JobIdField.cpp" line="21"/>
        <source>a space</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="23"/>
        <source>a tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="25"/>
        <source>a line break</source>
        <translation>改行</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="50"/>
        <source>A batch ID has at most %1 characters: the input was refused.</source>
        <translation>更新バッチ ID は %1 文字以内です。入力は受け付けられませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/JobIdField.cpp" line="57"/>
        <source>A batch ID has only letters, digits, “_”, “-” and “*”: %1 cannot be part of it, so the input was refused.</source>
        <translation>更新バッチ ID に使えるのは英字、数字、「_」「-」「*」だけです。%1 は含められないため、入力は受け付けられませんでした。</translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="70"/>
        <source>Usage: otadash-cli jobs --firmware-id ID [options]</source>
        <translation>使い方: otadash-cli jobs --firmware-id ID [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="75"/>
        <source>List every OTA update batch of a firmware (ListOTAJobByFirmware) and print them.</source>
        <translation>ファームウェアのすべての OTA 更新バッチを一覧 (ListOTAJobByFirmware) して出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>The firmware whose batches to list.</source>
        <translation>更新バッチを一覧するファームウェア。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="80"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="83"/>
        <source>text (default): a table of the batches; json: an array of the batches with the API&apos;s field names; csv: a header row, then one row per batch.</source>
        <translation>text (デフォルト): 更新バッチの表。json: API のフィールド名による更新バッチの配列。csv: ヘッダー行に続いて更新バッチごとに 1 行。</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="91"/>
        <source>&apos;%1&apos; is not a valid firmware ID</source>
        <translation>&apos;%1&apos; は有効なファームウェア ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="97"/>
        <source>--output must be text, json or csv</source>
        <translation>--output には text、json、csv のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/JobsCommand.cpp" line="126"/>
        <source>ERROR: %1 (firmware %2)</source>
        <translation>エラー: %1 (ファームウェア %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/JobsCommand.cpp" line="194"/>
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln 件の更新バッチ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonFormatter</name>
    <message>
        <location filename="../app/core/util/JsonFormatter.cpp" line="36"/>
        <source>Invalid JSON at byte %1: %2</source>
        <translation>%1 バイト目で JSON が不正です: %2</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="17"/>
        <source>Keyboard Shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="20"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="20"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="43"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="49"/>
        <source>Move to the next or previous field, list or dock</source>
        <translation>次または前の入力欄、一覧、ドックへ移動</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="49"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Press a button or go to a field</source>
        <translation>ボタンを押す、または入力欄へ移動</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="50"/>
        <source>Alt + its underlined letter</source>
        <translation>Alt + 下線の付いた文字</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Next or previous tab of the batch</source>
        <translation>更新バッチの次または前のタブ</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="51"/>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Ctrl+Tab、Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Watch list: open the selected batch</source>
        <translation>ウォッチリスト: 選択した更新バッチを開く</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="52"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="53"/>
        <source>Watch list: stop watching the selected batches</source>
        <translation>ウォッチリスト: 選択した更新バッチのウォッチをやめる</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="53"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Timeline: select a batch, open it</source>
        <translation>タイムライン: 更新バッチを選択、開く</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="54"/>
        <source>Up, Down, Enter</source>
        <translation>↑、↓、Enter</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>Timeline: zoom in, zoom out</source>
        <translation>タイムライン: 拡大、縮小</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="55"/>
        <source>+, −</source>
        <translation>+、−</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Timeline: scroll, show this week</source>
        <translation>タイムライン: スクロール、今週を表示</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="56"/>
        <source>Left, Right, Home</source>
        <translation>←、→、Home</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Quick open: choose, open, close</source>
        <translation>クイックオープン: 選択、開く、閉じる</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="57"/>
        <source>Up, Down, Enter, Escape</source>
        <translation>↑、↓、Enter、Esc</translation>
    </message>
    <message>
        <location filename="../ui/KeyboardShortcutsDialog.cpp" line="59"/>
        <source>In lists and views</source>
        <translation>一覧とビュー</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <location filename="../app/core/auth/KeychainCredentialStore.cpp" line="44"/>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
</context>
<context>
    <name>KnownBatchesModel</name>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="92"/>
        <source>Watched</source>
        <translation>ウォッチ中</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="94"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="96"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location filename="../ui/KnownBatchesModel.cpp" line="98"/>
        <source>Discovery</source>
        <translation>ブラウズ</translation>
    </message>
</context>
<context>
    <name>LintBadgeBar</name>
    <message>
        <location filename="../ui/LintBadgeBar.cpp" line="185"/>
        <source>Fields: %1</source>
        <comment>the batch fields a finding concerns</comment>
        <translation>関係するフィールド：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.ui" line="26"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="29"/>
        <source>Open &amp;Recent</source>
        <translation>最近使った更新バッチ(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="40"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="58"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="70"/>
        <source>Query &amp;Batch</source>
        <translation>更新バッチをクエリ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="74"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="78"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="79"/>
        <source>Language and other settings</source>
        <translation>言語などの設定</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="83"/>
        <source>&amp;Open Batch…</source>
        <translation>更新バッチを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="84"/>
        <source>Find a batch by its JobId, name or profile among the watched, recent, recorded and discovered ones</source>
        <translation>ウォッチ中、最近、履歴、ブラウズで読み込んだ更新バッチから、JobId、名前、プロファイルで探します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="88"/>
        <source>&amp;Watch This Batch</source>
        <translation>この更新バッチをウォッチ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="89"/>
        <source>Add the batch shown to the watch list</source>
        <translation>表示中の更新バッチをウォッチリストに追加します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="93"/>
        <source>&amp;Command Palette…</source>
        <translation>コマンド パレット(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="94"/>
        <source>Find any action of the menus, or a batch, by typing part of its name</source>
        <translation>名前の一部を入力して、メニューの操作や更新バッチを探します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="98"/>
        <source>Go to Batch &amp;ID Field</source>
        <translation>更新バッチ ID 欄へ移動(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="102"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="106"/>
        <source>De&amp;vices</source>
        <translation>デバイス(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="110"/>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="114"/>
        <source>&amp;Filter Devices by Name</source>
        <translation>デバイス名で絞り込む(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="118"/>
        <source>&amp;Refresh Watch List</source>
        <translation>ウォッチリストを更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="122"/>
        <source>Reset &amp;Layout</source>
        <translation>レイアウトをリセット(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="123"/>
        <source>Put the docks, the window and the columns back where they were at the first start</source>
        <translation>ドック、ウィンドウ、列を初回起動時の状態に戻します</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="126"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="131"/>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="135"/>
        <source>&amp;About OtaDash</source>
        <translation>OtaDash について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="166"/>
        <source>About OtaDash</source>
        <translation>OtaDash について</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A dashboard for the OTA update batches of IoT Platform.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OtaDash %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;IoT Platform の OTA 更新バッチのためのダッシュボードです。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="438"/>
        <source>Enter the batch ID (JobId) to query.</source>
        <translation>クエリする更新バッチの ID (JobId) を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1026"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1028"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="467"/>
        <source>Query of %1 failed.</source>
        <translation>%1 のクエリに失敗しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Batch %1 loaded.</source>
        <translation>更新バッチ %1 を読み込みました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="452"/>
        <source>Querying batch %1…</source>
        <translation>更新バッチ %1 をクエリしています…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1002"/>
        <source>A request is under way</source>
        <translation>リクエストを処理しています</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="768"/>
        <source>Profile %1 in use.</source>
        <translation>プロファイル %1 を使用しています。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="240"/>
        <source>No batch opened with this profile yet</source>
        <translation>このプロファイルで開いた更新バッチはまだありません</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="243"/>
        <source>&amp;Clear This List</source>
        <translation>この一覧を消去(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="333"/>
        <source>The layout is back as it was at the first start.</source>
        <translation>レイアウトを初回起動時の状態に戻しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="372"/>
        <source>%1 of %2 requests a minute</source>
        <translation>1 分あたり %1 / %2 リクエスト</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="375"/>
        <source>Requests sent in the last minute, against the rate chosen in Preferences (%1 a second; the account allows %2 a second, shared by all its RAM users and tools). The watch list may use %3 a minute.</source>
        <translation>直近 1 分間に送信したリクエスト数と、環境設定で選んだレート (毎秒 %1。アカウントの上限は毎秒 %2 で、すべての RAM ユーザーとツールで共有されます)。ウォッチリストは 1 分あたり %3 まで使用できます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="392"/>
        <source>Every time in this window is written in this zone: the computer&apos;s, or UTC (File ▸ Preferences ▸ Show times in UTC).</source>
        <translation>このウィンドウの時刻はすべてこのタイムゾーンで表示されます: このコンピューターのタイムゾーン、または UTC (ファイル ▸ 設定 ▸ 時刻を UTC で表示)。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="542"/>
        <source>Query a batch first: the link opens the batch shown.</source>
        <translation>先に更新バッチをクエリしてください。リンクは表示中の更新バッチを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="547"/>
        <source>Batch %1 has no link: %2</source>
        <translation>更新バッチ %1 にはリンクがありません: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="551"/>
        <source>Copy a link that opens batch %1 (it holds no AccessKey and no secret).</source>
        <translation>更新バッチ %1 を開くリンクをコピーします (AccessKey もシークレットも含みません)。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="553"/>
        <source>Copy a link that opens batch %1 with profile %2 (it holds no AccessKey and no secret).</source>
        <translation>更新バッチ %1 をプロファイル %2 で開くリンクをコピーします (AccessKey もシークレットも含みません)。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="574"/>
        <source>Copied the link to batch %1: %2</source>
        <translation>更新バッチ %1 へのリンクをコピーしました: %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="594"/>
        <source>Could not open the link: %1</source>
        <translation>リンクを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="616"/>
        <source>There is no profile named %1 here: batch %2 is read with the profile in use.</source>
        <translation>ここには %1 という名前のプロファイルがありません。更新バッチ %2 は使用中のプロファイルで読み込みます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="690"/>
        <source>Could not renew the temporary credentials of profile %1 (%2); trying again while the current ones last.</source>
        <translation>プロファイル %1 の一時的な認証情報を更新できませんでした (%2)。現在の認証情報が有効な間、再試行します。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="703"/>
        <source>The temporary credentials of profile %1 are renewed.</source>
        <translation>プロファイル %1 の一時的な認証情報を更新しました。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="739"/>
        <source>Write actions are allowed with profile %1: they act on the embedded simulator only.</source>
        <translation>プロファイル %1 で書き込み操作を許可しました: 対象は埋め込みのシミュレーターだけです。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="742"/>
        <source>Profile %1 is read-only again: it may only query.</source>
        <translation>プロファイル %1 は再び読み取り専用になり、照会のみできます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="782"/>
        <source>Reading the profile&apos;s secret from the keychain…</source>
        <translation>キーチェーンからプロファイルのシークレットを読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="955"/>
        <source>OtaDash keeps watching</source>
        <translation>OtaDash はウォッチを続けます</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="956"/>
        <source>The watch list goes on refreshing in the background, with its notifications. Open or quit OtaDash from its tray icon.</source>
        <translation>ウォッチリストはバックグラウンドで更新と通知を続けます。OtaDash はトレイアイコンから開くか終了できます。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1008"/>
        <source>Pro&amp;files…</source>
        <translation>プロファイル(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1010"/>
        <source>Allow Write Actions in the &amp;Demo</source>
        <translation>デモで書き込み操作を許可(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1012"/>
        <source>Profile %1 is read-only while this is off. On, canceling, upgrading again and confirming device tasks are sent to the embedded simulator; never to a real account. Not remembered.</source>
        <translation>オフの間、プロファイル %1 は読み取り専用です。オンにすると、デバイス タスクのキャンセル、再アップグレード、確認が埋め込みのシミュレーターに送信されます。実際のアカウントには送信されません。この設定は保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1019"/>
        <source>Discovery</source>
        <translation>ブラウズ</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1020"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Watch list (%n changed)</source>
        <translation>
            <numerusform>ウォッチリスト (%n 件変化)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Watch list</source>
        <translation>ウォッチリスト</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.ui" line="44"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="106"/>
        <source>Not added to the batch history: %1</source>
        <translation>更新バッチの履歴に追加されませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="145"/>
        <source>The batch history is off: %1</source>
        <translation>更新バッチの履歴は無効です: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="982"/>
        <source>Batch %1 is watched with profile %2: switch to that profile to compare it.</source>
        <translation>更新バッチ %1 はプロファイル %2 で監視されています。比較するにはそのプロファイルに切り替えてください。</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <location filename="../app/core/auth/MemoryCredentialStore.cpp" line="11"/>
        <source>memory, for this session only</source>
        <translation>メモリ (このセッションのみ)</translation>
    </message>
</context>
<context>
    <name>OtaCancelCalls</name>
    <message>
        <location filename="../app/core/api/OtaCancelCalls.cpp" line="47"/>
        <source>The answer does not say whether the action succeeded. Query the batch to see what changed.</source>
        <translation>応答から操作が成功したかどうかを判断できません。更新バッチを照会して、何が変わったかを確認してください。</translation>
    </message>
</context>
<context>
    <name>OtaEnums</name>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="23"/>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="24"/>
        <source>The update batch is being planned: it is created, but the scheduled time has not arrived. Only static update batches report this status.</source>
        <translation>更新バッチは計画中です。バッチは作成されていますが、スケジュールされた時刻はまだ到着していません。この値は、静的更新の場合にのみ返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="27"/>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="28"/>
        <source>The update batch is running.</source>
        <translation>更新バッチは実行中です。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="29"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="30"/>
        <source>The update batch is completed.</source>
        <translation>更新バッチは完了しました。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="31"/>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="32"/>
        <source>The update batch is canceled.</source>
        <translation>更新バッチはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="35"/>
        <source>Firmware verification</source>
        <translation>更新パッケージの検証</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="36"/>
        <source>The batch verifies the update package.</source>
        <translation>更新パッケージを検証するバッチです。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="37"/>
        <source>Batch update</source>
        <translation>バッチ更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="38"/>
        <source>The batch updates devices.</source>
        <translation>デバイスを更新するバッチです。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="40"/>
        <source>Static update</source>
        <translation>静的更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="41"/>
        <source>Static update: the batch was created with CreateOTAStaticUpgradeJob.</source>
        <translation>静的更新。CreateOTAStaticUpgradeJob API 操作を呼び出して更新バッチを作成した場合、この値が返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="44"/>
        <source>Dynamic update</source>
        <translation>動的更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="45"/>
        <source>Dynamic update: the batch was created with CreateOTADynamicUpgradeJob.</source>
        <translation>動的更新。CreateOTADynamicUpgradeJob API 操作を呼び出して更新バッチを作成した場合、この値が返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="49"/>
        <source>All devices</source>
        <translation>すべてのデバイス</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="50"/>
        <source>Updates all devices. Dynamic update batches always report this value.</source>
        <translation>すべてのデバイスを更新します。CreateOTADynamicUpgradeJob API 操作を呼び出して更新バッチを作成した場合、値 ALL が返されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="54"/>
        <source>Specified devices</source>
        <translation>指定されたデバイス</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="55"/>
        <source>Updates specified devices.</source>
        <translation>指定されたデバイスを更新します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="57"/>
        <source>Phased (gray) update</source>
        <translation>段階的更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="58"/>
        <source>Performs a phased update.</source>
        <translation>段階的更新を実行します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="61"/>
        <source>Keep upgrading matching devices</source>
        <translation>条件を満たすデバイスを常に更新</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="62"/>
        <source>Constantly updates the devices that meet the conditions.</source>
        <translation>条件を満たすデバイスを常に更新します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="64"/>
        <source>Only newly reported versions</source>
        <translation>新しいバージョンを後で送信するデバイスのみ</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="65"/>
        <source>Updates only the devices that subsequently submit the latest firmware versions.</source>
        <translation>最新のファームウェアバージョンを後で送信するデバイスのみを更新します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="69"/>
        <source>Don&apos;t overwrite</source>
        <translation>上書きしない</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="70"/>
        <source>The previous update task is not overwritten: a device that already has an update task carries out that task.</source>
        <translation>以前の更新タスクは上書きされません。デバイスに既に更新タスクがある場合、以前の更新タスクが実装されます。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="73"/>
        <source>Overwrite</source>
        <translation>上書きする</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="74"/>
        <source>The previous update task is overwritten: only the current update task is carried out. A task in progress is never overwritten.</source>
        <translation>以前の更新タスクは上書きされます。現在の更新タスクのみが実装されます。進行中の更新タスクは上書きされません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="78"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="83"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="90"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="79"/>
        <source>The update must be confirmed in your mobile app.</source>
        <translation>モバイルアプリを使用して更新を確認します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="80"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="86"/>
        <location filename="../app/core/ota/OtaEnums.cpp" line="94"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="81"/>
        <source>The update needs no confirmation in your mobile app.</source>
        <translation>モバイルアプリで更新を確認する必要はありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="84"/>
        <source>IoT Platform pushes the update tasks to the devices automatically.</source>
        <translation>IoT Platform からデバイスに更新タスクを自動的にプッシュします。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="87"/>
        <source>IoT Platform does not push the update tasks to the devices automatically.</source>
        <translation>IoT Platform からデバイスに更新タスクを自動的にプッシュしません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="91"/>
        <source>The device supports simultaneous updates of multiple modules.</source>
        <translation>デバイスは複数モジュールの同時更新をサポートします。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaEnums.cpp" line="95"/>
        <source>The device does not support simultaneous updates of multiple modules (the default).</source>
        <translation>デバイスは複数モジュールの同時更新をサポートしません (デフォルト)。</translation>
    </message>
</context>
<context>
    <name>OtaJobParser</name>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="28"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="402"/>
        <source>The response body is empty.</source>
        <translation>レスポンスの本文が空です。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="78"/>
        <source>Unknown field %1 ignored.</source>
        <translation>不明なフィールド %1 を無視しました。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="85"/>
        <source>Field %1 appears more than once; the last one is used.</source>
        <translation>フィールド %1 が複数回出現します。最後のものを使用します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="117"/>
        <source>a percentage</source>
        <translation>パーセンテージ</translation>
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
        <translation>true または false</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="138"/>
        <source>an ISO 8601 UTC time</source>
        <translation>ISO 8601 形式の UTC 時刻</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="170"/>
        <source>Field %1: &quot;%2&quot; is not %3; the value is kept as text only.</source>
        <translation>フィールド %1: &quot;%2&quot; は%3ではありません。値はテキストとしてのみ保持します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="179"/>
        <source>Field %1: undocumented value &quot;%2&quot; kept as received.</source>
        <translation>フィールド %1: ドキュメントに記載のない値 &quot;%2&quot; を受信したまま保持します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="216"/>
        <source>Success is &quot;%1&quot;, neither true nor false.</source>
        <translation>Success が &quot;%1&quot; で、true でも false でもありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="222"/>
        <source>The response reports success but carries no Data.</source>
        <translation>レスポンスは成功を示していますが、Data がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="348"/>
        <source>a list of versions</source>
        <translation>バージョンのリスト</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="358"/>
        <source>a list of tags</source>
        <translation>タグのリスト</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="367"/>
        <source>a single value</source>
        <translation>単一の値</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="376"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="467"/>
        <source>The XML response is malformed at line %1, column %2: %3.</source>
        <translation>XML レスポンスの %1 行 %2 列目の形式が不正です: %3。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="549"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="414"/>
        <source>The JSON response is malformed at byte %1: %2.</source>
        <translation>JSON レスポンスの %1 バイト目の形式が不正です: %2。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="555"/>
        <location filename="../app/core/ota/OtaListParser.cpp" line="420"/>
        <source>The JSON response is not an object.</source>
        <translation>JSON レスポンスがオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="570"/>
        <source>The Data member is not an object.</source>
        <translation>Data メンバーがオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="599"/>
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;QueryOTAJobResponse&gt;.</source>
        <translation>XML レスポンスのルート要素が &lt;%1&gt; です。&lt;QueryOTAJobResponse&gt; である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaJobParser.cpp" line="612"/>
        <source>Data appears more than once; the fields are merged.</source>
        <translation>Data が複数回出現します。フィールドを結合します。</translation>
    </message>
</context>
<context>
    <name>OtaListCalls</name>
    <message>
        <location filename="../app/core/api/ListCalls.h" line="41"/>
        <source>The list could not be read from the response: %1</source>
        <translation>レスポンスから一覧を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>OtaListParser</name>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="339"/>
        <source>The member %1 is not an object.</source>
        <translation>メンバー %1 はオブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="365"/>
        <source>The paging field %1 is not a count: &quot;%2&quot;.</source>
        <translation>ページングのフィールド %1 が件数ではありません: &quot;%2&quot;。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="387"/>
        <source>The response reports success but carries no list.</source>
        <translation>レスポンスは成功を示していますが、一覧が含まれていません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="393"/>
        <source>The member %1 is not a list of objects.</source>
        <translation>メンバー %1 はオブジェクトのリストではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="484"/>
        <source>The XML response has the root element &lt;%1&gt;; expected &lt;%2&gt;.</source>
        <translation>XML レスポンスのルート要素が &lt;%1&gt; です。&lt;%2&gt; である必要があります。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/OtaListParser.cpp" line="439"/>
        <source>elements nested too deeply</source>
        <translation>要素の入れ子が深すぎます</translation>
    </message>
</context>
<context>
    <name>OtadashCli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="56"/>
        <source>Usage: otadash-cli COMMAND [options]</source>
        <translation>使い方: otadash-cli COMMAND [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="57"/>
        <source>The headless commands of OtaDash, the dashboard for the OTA update batches of Alibaba Cloud IoT Platform.</source>
        <translation>Alibaba Cloud IoT Platform の OTA 更新バッチのためのダッシュボード OtaDash のヘッドレスコマンド。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="61"/>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="62"/>
        <source>Query batches and print them.</source>
        <translation>更新バッチをクエリして出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="65"/>
        <source>List the device tasks of a batch.</source>
        <translation>更新バッチのデバイスタスクを一覧します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="66"/>
        <source>List the batches of a firmware.</source>
        <translation>ファームウェアの更新バッチを一覧します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="69"/>
        <source>Show one device: online state, reported versions, OTA tasks.</source>
        <translation>1 台のデバイスを表示します: オンライン状態、報告されたバージョン、OTA タスク。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="71"/>
        <source>Upgrade failed devices again (without --yes: only say what would be sent).</source>
        <translation>失敗したデバイスを再アップグレードします（--yes なしでは送信内容を表示するだけ）。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="73"/>
        <source>Confirm tasks that wait for confirmation.</source>
        <translation>確認待ちのタスクを確認します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>Check that the devices of succeeded tasks report the new version.</source>
        <translation>成功したタスクのデバイスが新しいバージョンを報告しているか確かめます。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="77"/>
        <source>Where rollouts stand: counts, % complete, failure rate and finish estimate.</source>
        <translation>ロールアウトの状況: 件数、完了率、失敗率、終了予測。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="79"/>
        <source>The write actions sent from this computer, with their RequestIds.</source>
        <translation>このコンピューターから送信した書き込み操作と、その RequestId。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="81"/>
        <source>The fetches of a batch recorded on this computer.</source>
        <translation>このコンピューターに記録された更新バッチの取得結果。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="83"/>
        <source>Write the sign-off report of a batch.</source>
        <translation>更新バッチの承認レポートを書き出します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="85"/>
        <source>Manage the profiles; their secrets stay in the system keychain.</source>
        <translation>プロファイルを管理します。シークレットはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="86"/>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="87"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="88"/>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="89"/>
        <source>Language of the help and messages: en, ja or zh_CN.</source>
        <translation>ヘルプとメッセージの言語: en、ja、zh_CN のいずれか。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="90"/>
        <source>Run &apos;otadash-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>コマンドのオプションについては &apos;otadash-cli COMMAND --help&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="91"/>
        <source>Exit codes: 0 success, 1 usage, 2 API error, 3 transport error or malformed response, 4 keychain unusable, 5 report file or audit log not written.</source>
        <translation>終了コード: 0 成功、1 使い方の誤り、2 API エラー、3 通信エラーまたは不正な応答、4 キーチェーン使用不可、5 レポートファイルまたは監査ログを書き込めない。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="108"/>
        <source>otadash-cli: %1</source>
        <translation>otadash-cli: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="109"/>
        <source>Run &apos;otadash-cli --help&apos; for the commands.</source>
        <translation>コマンドについては &apos;otadash-cli --help&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="114"/>
        <source>unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN</source>
        <translation>--lang の言語 &apos;%1&apos; には対応していません。en、ja、zh_CN のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="126"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation>不明なオプション &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="127"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="157"/>
        <source>otadash-cli report: the report is written by otadash-report, which cannot be started as %1: %2</source>
        <translation>otadash-cli report: レポートは otadash-report が書き出しますが、%1 として起動できません: %2</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <location filename="../app/report/PdfReportWriter.cpp" line="282"/>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
</context>
<context>
    <name>PollPlan</name>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="22"/>
        <source>%n min</source>
        <comment>an interval in minutes</comment>
        <translation>
            <numerusform>%n 分</numerusform>
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
            <numerusform>%Ln 件のバッチを %1 ごとに更新するには 1 分あたり %2 リクエストが必要で、ウォッチリストが使用できる %3 (環境設定で選んだレートの 4 分の 3) を超えます。代わりに %4 ごとに更新します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="7"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="14"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="20"/>
        <source>The language of menus, the batch form, messages and the headless query&apos;s text output.</source>
        <translation>メニュー、更新バッチのフォーム、メッセージ、およびヘッドレスクエリのテキスト出力の言語。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="25"/>
        <source>Every open window switches at once; dates and numbers follow the language. OtaDash remembers the choice.</source>
        <translation>開いているすべてのウィンドウがすぐに切り替わり、日付と数値もその言語に従います。選択は次回以降も使われます。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="31"/>
        <source>&amp;Requests per second:</source>
        <translation>1 秒あたりのリクエスト数(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="37"/>
        <source>The most requests OtaDash sends per second with one AccessKey.</source>
        <translation>1 つの AccessKey で OtaDash が 1 秒間に送信するリクエストの上限です。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="45"/>
        <source>The account allows 10 requests per second, shared by all its RAM users and tools. Choose fewer to leave room for them.</source>
        <translation>アカウントでは 1 秒あたり 10 リクエストまで許可され、すべての RAM ユーザーとツールで共有されます。ほかの利用者のために余裕を残すには、少なめの値を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="51"/>
        <source>Keep &amp;history for:</source>
        <translation>履歴の保存期間(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="57"/>
        <source>How long OtaDash keeps the batches and task counts it fetched, for the History tab and &quot;Changed since you last looked&quot;. Older ones are deleted when you apply.</source>
        <translation>OtaDash が取得した更新バッチとタスク数を「履歴」タブと「前回確認以降の変更」のために保存する期間です。適用すると、それより古いものは削除されます。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="64"/>
        <source>&amp;Clear history…</source>
        <translation>履歴を消去(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="65"/>
        <source>Deletes every fetch OtaDash recorded, for every profile and batch.</source>
        <translation>OtaDash が記録したすべての取得結果を、すべてのプロファイルと更新バッチについて削除します。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="85"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="182"/>
        <source>E&amp;xtra CA certificates:</source>
        <translation>追加の CA 証明書(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="188"/>
        <source>none: the system&apos;s certificate authorities only</source>
        <translation>なし: システムの認証局のみ</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="189"/>
        <source>A PEM file with the certificate authority your company inspects TLS with. OtaDash trusts it besides the system&apos;s, for the IoT and STS endpoints, and never ignores a certificate error.</source>
        <translation>会社が TLS の検査に使う認証局の PEM ファイル。OtaDash は IoT と STS のエンドポイントについて、システムの認証局に加えてこれを信頼します。証明書のエラーを無視することはありません。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="194"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="89"/>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>システムのプロキシ設定を使う(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="90"/>
        <source>The desktop&apos;s proxy settings; on Linux https_proxy, http_proxy and no_proxy first.</source>
        <translation>デスクトップのプロキシ設定。Linux では https_proxy、http_proxy、no_proxy が優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="95"/>
        <source>&amp;No proxy</source>
        <translation>プロキシを使わない(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="100"/>
        <source>&amp;Manual proxy:</source>
        <translation>手動で設定(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="112"/>
        <source>&amp;Type:</source>
        <translation>種類(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="121"/>
        <source>H&amp;ost:</source>
        <translation>ホスト(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="134"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="149"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="155"/>
        <source>optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="160"/>
        <source>&amp;Except for:</source>
        <translation>除外(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.ui" line="167"/>
        <source>Hosts reached directly: names, .suffix for a domain and its subdomains, addresses or subnets, separated by commas.</source>
        <translation>直接接続するホスト: ホスト名、ドメインとそのサブドメインを表す .suffix、アドレスまたはサブネットをカンマ区切りで指定します。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="101"/>
        <source>Extra CA certificates</source>
        <translation>追加の CA 証明書</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="102"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="182"/>
        <source>An HTTP proxy is used as a tunnel (CONNECT) only. Its password is asked for when the proxy wants it and kept in the system keychain.</source>
        <translation>HTTP プロキシはトンネル（CONNECT）としてのみ使います。パスワードはプロキシが要求したときに尋ね、システムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="204"/>
        <source>7 days</source>
        <translation>7 日間</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="207"/>
        <source>30 days</source>
        <translation>30 日間</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="210"/>
        <source>90 days</source>
        <translation>90 日間</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="213"/>
        <source>1 year</source>
        <translation>1 年間</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="216"/>
        <source>Forever</source>
        <translation>無期限</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日間</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="233"/>
        <location filename="../ui/PreferencesDialog.cpp" line="240"/>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="234"/>
        <source>Clear the local history of every batch?</source>
        <translation>すべての更新バッチのローカル履歴を消去しますか?</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="237"/>
        <source>OtaDash forgets every fetch and task count it recorded, for every profile. The History tab and &quot;Changed since you last looked&quot; start again from the next query. This cannot be undone.</source>
        <translation>OtaDash は、すべてのプロファイルについて記録した取得結果とタスク数をすべて削除します。「履歴」タブと「前回確認以降の変更」は次の照会から記録し直します。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="249"/>
        <source>The history could not be cleared: %1</source>
        <translation>履歴を消去できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="252"/>
        <source>The history is cleared.</source>
        <translation>履歴を消去しました。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="270"/>
        <source>Enter the proxy&apos;s host name or address, or choose another option.</source>
        <translation>プロキシのホスト名またはアドレスを入力するか、別の方法を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="315"/>
        <source>Older history could not be deleted: %1</source>
        <translation>古い履歴を削除できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="347"/>
        <source>&amp;Keep watching in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイでウォッチを続ける(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="348"/>
        <source>Sho&amp;w times in UTC (otherwise in this computer&apos;s time zone, %1)</source>
        <translation>時刻を UTC で表示(&amp;W) (オフのときはこのコンピューターのタイムゾーン %1)</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="351"/>
        <source>The watch list goes on refreshing and notifying; open or quit OtaDash from its tray icon.</source>
        <translation>ウォッチリストは更新と通知を続けます。OtaDash はトレイアイコンから開くか終了できます。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="353"/>
        <source>This desktop has no system tray: closing the window quits OtaDash.</source>
        <translation>このデスクトップにはシステムトレイがありません。ウィンドウを閉じると OtaDash は終了します。</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="354"/>
        <source>Mark as st&amp;alled after:</source>
        <translation>停滞とみなすまでの時間(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="355"/>
        <source> min</source>
        <comment>minutes, after a number</comment>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../ui/PreferencesDialog.cpp" line="356"/>
        <source>A running batch on the watch list is marked stalled when no device has finished for this long.</source>
        <translation>ウォッチリストの実行中のバッチは、この時間完了したデバイスがないと停滞として表示されます。</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="106"/>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="117"/>
        <source>List the profiles (never their secrets); * marks the last used one.</source>
        <translation>プロファイルを一覧表示します (シークレットは表示しません)。* は最後に使用したプロファイルです。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="120"/>
        <source>Remove a profile and its keychain entries.</source>
        <translation>プロファイルとそのキーチェーンのエントリを削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="127"/>
        <source>Secrets are kept in the system keychain only. Exit codes: 0 done, 1 usage, 4 keychain unusable (nothing saved), 5 settings not writable.</source>
        <translation>シークレットはシステムのキーチェーンにのみ保存されます。終了コード: 0 完了、1 使い方の誤り、4 キーチェーンを使用できない (何も保存されていません)、5 設定を書き込めない。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="136"/>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
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
        <translation>リージョン。例: cn-shanghai。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="139"/>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="141"/>
        <source>A custom endpoint URL instead of https://iot.&lt;region&gt;.aliyuncs.com/.</source>
        <translation>https://iot.&lt;region&gt;.aliyuncs.com/ の代わりに使うカスタムエンドポイントの URL。</translation>
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
        <translation>署名バージョン: v3 (デフォルト) または v1。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="147"/>
        <source>STS credentials: a SecurityToken follows the secret on standard input.</source>
        <translation>STS の認証情報: 標準入力でシークレットの後に SecurityToken が続きます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="150"/>
        <source>Assume this RAM role (acs:ram::&lt;account&gt;:role/&lt;name&gt;) with the AccessKey.</source>
        <translation>AccessKey でこの RAM ロール (acs:ram::&lt;アカウント&gt;:role/&lt;名前&gt;) を引き受けます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="150"/>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="153"/>
        <source>The role session&apos;s name (default %1).</source>
        <translation>ロールのセッション名 (既定: %1)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="155"/>
        <source>Seconds the temporary credentials last, %1 to the role&apos;s maximum (default %2).</source>
        <translation>一時的な認証情報の有効秒数。%1 からロールの最大値まで (既定: %2)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="159"/>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="161"/>
        <source>The external ID the role&apos;s trust policy requires.</source>
        <translation>ロールの信頼ポリシーが求める外部 ID。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="162"/>
        <source>A JSON policy that narrows the role.</source>
        <translation>ロールの権限を絞り込む JSON ポリシー。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="163"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="165"/>
        <source>The STS endpoint (default https://sts.&lt;region&gt;.aliyuncs.com/).</source>
        <translation>STS エンドポイント (既定: https://sts.&lt;region&gt;.aliyuncs.com/)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="169"/>
        <source>The profile only reads: no write action (cancel, retry, confirm) is sent with it.</source>
        <translation>このプロファイルは読み取り専用です: 書き込み操作（キャンセル、再試行、確認）は送信しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="171"/>
        <source>Remove the profile even when its keychain entries cannot be removed.</source>
        <translation>キーチェーンのエントリを削除できなくてもプロファイルを削除します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="172"/>
        <source>The aliyun CLI configuration to import.</source>
        <translation>インポートする aliyun CLI の設定ファイル。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="172"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="193"/>
        <source>unknown subcommand &apos;%1&apos;</source>
        <translation>不明なサブコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="206"/>
        <source>give the profile&apos;s name</source>
        <translation>プロファイルの名前を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="207"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="209"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="223"/>
        <source>--signature must be v1 or v3</source>
        <translation>--signature には v1 または v3 を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="228"/>
        <source>--access-key-id is required</source>
        <translation>--access-key-id は必須です</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="233"/>
        <source>--sts and --ram-role-arn exclude each other</source>
        <translation>--sts と --ram-role-arn は同時に指定できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="241"/>
        <source>--duration takes a number of seconds</source>
        <translation>--duration には秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="251"/>
        <source>--%1 needs --ram-role-arn</source>
        <translation>--%1 には --ram-role-arn が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="261"/>
        <source>the Environment profile comes from the ALIBABA_CLOUD_* variables; unset them instead</source>
        <translation>Environment プロファイルは ALIBABA_CLOUD_* 変数から作られます。代わりにそれらの変数を削除してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="265"/>
        <source>there is no profile named &apos;%1&apos;</source>
        <translation>&apos;%1&apos; という名前のプロファイルはありません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="336"/>
        <source>AccessKey secret:</source>
        <translation>AccessKey Secret:</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="344"/>
        <source>STS SecurityToken:</source>
        <translation>STS SecurityToken:</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="357"/>
        <source>cannot store the secret</source>
        <translation>シークレットを保存できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="358"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="372"/>
        <source>Profile &apos;%1&apos; saved; its secret is in %2.</source>
        <translation>プロファイル &apos;%1&apos; を保存しました。シークレットは%2にあります。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="96"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="456"/>
        <source>otadash-cli profile: %1</source>
        <translation>otadash-cli profile: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="97"/>
        <source>Run &apos;otadash-cli profile --help&apos; for the subcommands.</source>
        <translation>サブコマンドについては &apos;otadash-cli profile --help&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="105"/>
        <source>Usage: otadash-cli profile SUBCOMMAND [options]</source>
        <translation>使い方: otadash-cli profile SUBCOMMAND [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="180"/>
        <source>Usage: otadash-cli profile add NAME --access-key-id ID [options] &lt; secret</source>
        <translation>使い方: otadash-cli profile add NAME --access-key-id ID [オプション] &lt; secret</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="183"/>
        <source>Usage: otadash-cli profile list</source>
        <translation>使い方: otadash-cli profile list</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="187"/>
        <source>Usage: otadash-cli profile remove NAME [--force]</source>
        <translation>使い方: otadash-cli profile remove NAME [--force]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="191"/>
        <source>Usage: otadash-cli profile import-aliyun [--file PATH]</source>
        <translation>使い方: otadash-cli profile import-aliyun [--file PATH]</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="308"/>
        <source>otadash-cli profile: %1: %2</source>
        <translation>otadash-cli profile: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="338"/>
        <source>otadash-cli profile: no AccessKey secret on standard input</source>
        <translation>otadash-cli profile: 標準入力に AccessKey Secret がありません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="346"/>
        <source>otadash-cli profile: --sts needs the SecurityToken on the line after the secret</source>
        <translation>otadash-cli profile: --sts では、シークレットの次の行に SecurityToken が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="364"/>
        <location filename="../app/cli/ProfileCommand.cpp" line="436"/>
        <source>otadash-cli profile: cannot write %1</source>
        <translation>otadash-cli profile: %1 に書き込めません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="385"/>
        <source>No profiles. Add one with &apos;otadash-cli profile add&apos; or &apos;otadash-cli profile import-aliyun&apos;.</source>
        <translation>プロファイルがありません。&apos;otadash-cli profile add&apos; または &apos;otadash-cli profile import-aliyun&apos; で追加してください。</translation>
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
        <translation>プロファイルを保存します。AccessKey シークレット (--sts の場合は続けて SecurityToken) は標準入力から読み取ります。--ram-role-arn を指定すると、AccessKey でその RAM ロールを引き受け、STS が返す一時的な認証情報でリクエストに署名します。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="123"/>
        <source>Import the AK, StsToken and RamRoleArn profiles of the aliyun CLI (default ~/.aliyun/config.json).</source>
        <translation>aliyun CLI の AK、StsToken、RamRoleArn プロファイルをインポートします (既定: ~/.aliyun/config.json)。</translation>
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
        <translation>RAM ロール</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="399"/>
        <source>(environment, read-only)</source>
        <translation>(環境変数、読み取り専用)</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="402"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="402"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="428"/>
        <source>cannot remove the keychain entries of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; のキーチェーンのエントリを削除できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="429"/>
        <source>The profile was kept; --force removes it anyway (its keychain entries stay).</source>
        <translation>プロファイルは削除されていません。--force を指定すると削除します (キーチェーンのエントリは残ります)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="441"/>
        <source>Profile &apos;%1&apos; and its keychain entries removed.</source>
        <translation>プロファイル &apos;%1&apos; とそのキーチェーンのエントリを削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="443"/>
        <source>warning: the keychain entries of &apos;%1&apos; stay: %2</source>
        <translation>警告: &apos;%1&apos; のキーチェーンのエントリは残ります: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="446"/>
        <source>Profile &apos;%1&apos; removed.</source>
        <translation>プロファイル &apos;%1&apos; を削除しました。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="461"/>
        <source>%1 has no profiles.</source>
        <translation>%1 にはプロファイルがありません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="471"/>
        <source>imported  %1 as profile &apos;%2&apos;</source>
        <translation>インポート: %1 → プロファイル &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="474"/>
        <source>updated   %1 in profile &apos;%2&apos;</source>
        <translation>更新: %1 → プロファイル &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="477"/>
        <source>skipped   %1: %2</source>
        <translation>スキップ: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="480"/>
        <source>failed    %1: %2</source>
        <translation>失敗: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="491"/>
        <source>cannot store the imported secrets</source>
        <translation>インポートしたシークレットを保存できません</translation>
    </message>
    <message>
        <location filename="../app/cli/ProfileCommand.cpp" line="492"/>
        <source>The remaining profiles were not imported.</source>
        <translation>残りのプロファイルはインポートされていません。</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="6"/>
        <location filename="../ui/ProfileDialog.ui" line="14"/>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="19"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="20"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="21"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="26"/>
        <source>&amp;Import from aliyun CLI…</source>
        <translation>aliyun CLI からインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="27"/>
        <source>Import the AK, StsToken and RamRoleArn profiles of ~/.aliyun/config.json; their secrets go straight to the keychain.</source>
        <translation>~/.aliyun/config.json の AK、StsToken、RamRoleArn プロファイルをインポートします。シークレットはそのままキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="33"/>
        <source>Import result</source>
        <translation>インポートの結果</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="47"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="49"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="51"/>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="52"/>
        <source>https://iot.cn-shanghai.aliyuncs.com/</source>
        <translation>https://iot.cn-shanghai.aliyuncs.com/</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="53"/>
        <source>I&amp;nstance ID:</source>
        <translation>インスタンス ID(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="54"/>
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>任意。例: iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="55"/>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="57"/>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="61"/>
        <location filename="../ui/ProfileDialog.cpp" line="706"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="64"/>
        <source>Temporary &amp;STS credentials (with a SecurityToken)</source>
        <translation>一時的な STS の認証情報 (SecurityToken あり)(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="65"/>
        <source>Security &amp;token:</source>
        <translation>セキュリティトークン(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="67"/>
        <source>Assume a RA&amp;M role with this AccessKey</source>
        <translation>この AccessKey で RAM ロールを引き受ける(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="67"/>
        <source>OtaDash calls STS AssumeRole with this AccessKey and signs every request with the temporary credentials it returns, renewed before they expire. They are kept in memory only.</source>
        <translation>OtaDash はこの AccessKey で STS AssumeRole を呼び出し、返された一時的な認証情報ですべてのリクエストに署名します。認証情報は期限切れ前に更新され、メモリ上にのみ保持されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="68"/>
        <source>Ro&amp;le ARN:</source>
        <translation>ロール ARN(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="70"/>
        <source>Sessi&amp;on name:</source>
        <translation>セッション名(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="72"/>
        <source>Valid &amp;for:</source>
        <translation>有効期間(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="73"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="74"/>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="76"/>
        <source>&amp;Policy:</source>
        <translation>ポリシー(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="78"/>
        <source>STS endpoin&amp;t:</source>
        <translation>STS エンドポイント(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="80"/>
        <source>Si&amp;gnature:</source>
        <translation>署名(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="113"/>
        <source>&amp;Keep for this session only</source>
        <translation>このセッションのみ保持(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="114"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="122"/>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="124"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="97"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="126"/>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="128"/>
        <source>From the ALIBABA_CLOUD_* environment variables.</source>
        <translation>ALIBABA_CLOUD_* 環境変数から取得しています。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="137"/>
        <source>Its secret is kept for this session only.</source>
        <translation>シークレットはこのセッションのみ保持されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="228"/>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="382"/>
        <location filename="../ui/ProfileDialog.cpp" line="564"/>
        <source>Enter the AccessKey secret.</source>
        <translation>AccessKey Secret を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="388"/>
        <source>Enter the SecurityToken of the STS credentials.</source>
        <translation>STS の認証情報の SecurityToken を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="419"/>
        <source>Saving the secret in %1…</source>
        <translation>シークレットを%1に保存しています…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="429"/>
        <source>The secret could not be saved.</source>
        <translation>シークレットを保存できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="447"/>
        <source>You can keep the secret for this session only: OtaDash holds it in memory and forgets it when it quits. Nothing is written to disk instead.</source>
        <translation>このセッションのみシークレットを保持することもできます。OtaDash はシークレットをメモリに保持し、終了すると破棄します。代わりにディスクへ書き込むことはありません。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="476"/>
        <source>Profile “%1” saved; its secret is kept for this session only.</source>
        <translation>プロファイル「%1」を保存しました。シークレットはこのセッションのみ保持されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="478"/>
        <source>Profile “%1” saved.</source>
        <translation>プロファイル「%1」を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="486"/>
        <location filename="../ui/ProfileDialog.cpp" line="495"/>
        <source>Delete profile</source>
        <translation>プロファイルを削除</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="487"/>
        <source>Delete the profile “%1” and its secret in %2?</source>
        <translation>プロファイル「%1」と、%2にあるそのシークレットを削除しますか?</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="496"/>
        <source>The secret could not be removed from the keychain: %1

Delete the profile anyway? Its keychain entry stays.</source>
        <translation>キーチェーンからシークレットを削除できませんでした: %1

それでもプロファイルを削除しますか? キーチェーンのエントリは残ります。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="503"/>
        <source>Profile “%1” deleted.</source>
        <translation>プロファイル「%1」を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="518"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="545"/>
        <source>The copy has no secret yet (%1): enter it and save.</source>
        <translation>コピーにはまだシークレットがありません (%1)。入力して保存してください。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="572"/>
        <source>Reading the secret…</source>
        <translation>シークレットを読み取っています…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="610"/>
        <source>Testing %1…</source>
        <translation>%1 をテストしています…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="600"/>
        <location filename="../ui/ProfileDialog.cpp" line="619"/>
        <source>Code: %1</source>
        <translation>エラーコード: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="591"/>
        <source>Assuming role %1…</source>
        <translation>ロール %1 を引き受けています…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="625"/>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="626"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="638"/>
        <source>Import from the aliyun CLI</source>
        <translation>aliyun CLI からインポート</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="640"/>
        <source>aliyun CLI configuration (config.json);;All files (*)</source>
        <translation>aliyun CLI の設定ファイル (config.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="650"/>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="673"/>
        <source>%1 as “%2”</source>
        <translation>%1 を「%2」として</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="674"/>
        <source>%1 updated “%2”</source>
        <translation>%1 で「%2」を更新</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="686"/>
        <source>Imported:</source>
        <translation>インポートしたもの:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="688"/>
        <source>Not imported:</source>
        <translation>インポートしなかったもの:</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="694"/>
        <source>The import stopped: %1</source>
        <translation>インポートを中止しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="697"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n 個のプロファイルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="703"/>
        <source>Custom endpoint</source>
        <translation>カスタムエンドポイント</translation>
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
        <translation>隠す</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="707"/>
        <source>Show or hide the secret and the token while you type them.</source>
        <translation>入力中のシークレットとトークンを表示または非表示にします。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="709"/>
        <source>These credentials come from the ALIBABA_CLOUD_* environment variables and cannot be edited here. Duplicate them to keep them as a profile.</source>
        <translation>この認証情報は ALIBABA_CLOUD_* 環境変数から取得しているため、ここでは編集できません。プロファイルとして保存するには複製してください。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="714"/>
        <source>from ALIBABA_CLOUD_ACCESS_KEY_SECRET</source>
        <translation>ALIBABA_CLOUD_ACCESS_KEY_SECRET から取得</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="717"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="718"/>
        <source>The secret and the token are stored in %1, never in a file.</source>
        <translation>シークレットとトークンは%1に保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="721"/>
        <source>stored; type a new one to replace it</source>
        <translation>保存済み。置き換えるには新しい値を入力してください</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="723"/>
        <source>The secret is kept for this session only.</source>
        <translation>シークレットはこのセッションのみ保持されます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.cpp" line="724"/>
        <source>The secret and the token are stored in %1; leave the fields empty to keep them.</source>
        <translation>シークレットとトークンは%1に保存されています。変更しない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="82"/>
        <source>&amp;Read-only: this profile may only query</source>
        <translation>読み取り専用(&amp;R): このプロファイルは照会のみ可能</translation>
    </message>
    <message>
        <location filename="../ui/ProfileDialog.ui" line="82"/>
        <source>Actions that change batches, such as canceling device tasks, stay disabled while this profile is in use.</source>
        <translation>このプロファイルを使用している間は、デバイスタスクのキャンセルなど、更新バッチを変更する操作は無効のままです。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="141"/>
        <source>Enter a name for the profile.</source>
        <translation>プロファイルの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="144"/>
        <source>A profile name has at most %1 characters.</source>
        <translation>プロファイル名は %1 文字以内です。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="147"/>
        <source>A profile name cannot contain control characters.</source>
        <translation>プロファイル名に制御文字は使用できません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="150"/>
        <source>The name &apos;%1&apos; is reserved for the credentials of the ALIBABA_CLOUD_* environment variables.</source>
        <translation>名前 &apos;%1&apos; は ALIBABA_CLOUD_* 環境変数の認証情報用に予約されています。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="154"/>
        <source>A profile named &apos;%1&apos; already exists.</source>
        <translation>&apos;%1&apos; という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="158"/>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation>リージョンを選択するか、カスタムエンドポイントを入力してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="162"/>
        <source>&apos;%1&apos; is not a region ID (for example cn-shanghai).</source>
        <translation>&apos;%1&apos; はリージョン ID ではありません (例: cn-shanghai)。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="171"/>
        <source>&apos;%1&apos; is not an instance ID: use letters, digits, &apos;-&apos; and &apos;_&apos; (for example iot-cn-0pp1n8t).</source>
        <translation>&apos;%1&apos; はインスタンス ID ではありません。英字、数字、&apos;-&apos;、&apos;_&apos; を使用してください (例: iot-cn-0pp1n8t)。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="178"/>
        <source>Enter the AccessKey ID.</source>
        <translation>AccessKey ID を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="181"/>
        <source>An AccessKey ID consists of letters, digits and dots only.</source>
        <translation>AccessKey ID に使用できるのは英字、数字、ドットのみです。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="185"/>
        <source>A RAM role is assumed with a long-lived AccessKey, not with STS credentials.</source>
        <translation>RAM ロールは STS の認証情報ではなく、長期の AccessKey で引き受けます。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="212"/>
        <source>This profile cannot be changed here.</source>
        <translation>このプロファイルはここでは変更できません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="225"/>
        <source>There is no such profile.</source>
        <translation>そのようなプロファイルはありません。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/ProfileStore.cpp" line="226"/>
        <source>%1 (copy)</source>
        <translation>%1 (コピー)</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="27"/>
        <location filename="../ui/ProfileSwitcher.cpp" line="192"/>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="63"/>
        <source>Built in: the embedded demo endpoint and its credentials, not stored in the keychain and not editable.</source>
        <translation>組み込み: 埋め込みのデモ エンドポイントとその認証情報です。キーチェーンには保存されず、編集できません。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="67"/>
        <source>Read-only: it may only query until File &gt; Allow Write Actions in the Demo is on.</source>
        <translation>読み取り専用: ファイル &gt; デモで書き込み操作を許可 をオンにするまで照会のみできます。</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="71"/>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="81"/>
        <source>No profile</source>
        <translation>プロファイルなし</translation>
    </message>
    <message>
        <location filename="../ui/ProfileSwitcher.cpp" line="152"/>
        <source>RAM roles cannot be assumed here.</source>
        <translation>ここでは RAM ロールを引き受けられません。</translation>
    </message>
</context>
<context>
    <name>ProxyChoice</name>
    <message>
        <location filename="../app/core/net/ProxySettings.cpp" line="85"/>
        <source>&apos;%1&apos; is not a proxy address; write it as http://host:port or socks5://host:port.</source>
        <translation>&apos;%1&apos; はプロキシのアドレスではありません。http://host:port または socks5://host:port の形式で指定してください。</translation>
    </message>
    <message>
        <location filename="../app/core/net/ProxySettings.cpp" line="93"/>
        <source>The proxy scheme &apos;%1&apos; is not supported; use http or socks5.</source>
        <translation>プロキシのスキーム &apos;%1&apos; には対応していません。http または socks5 を使ってください。</translation>
    </message>
</context>
<context>
    <name>ProxyLoginDialog</name>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="17"/>
        <source>Proxy sign-in</source>
        <translation>プロキシへのサインイン</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="19"/>
        <source>The proxy %1:%2 asks for a user name and password. OtaDash keeps the password in the system keychain.</source>
        <translation>プロキシ %1:%2 がユーザー名とパスワードを求めています。OtaDash はパスワードをシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="33"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/ProxyLoginDialog.cpp" line="34"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/cli/main.cpp" line="36"/>
        <location filename="../app/main.cpp" line="60"/>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示する。</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="37"/>
        <location filename="../app/main.cpp" line="61"/>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示する。</translation>
    </message>
</context>
<context>
    <name>QueryBar</name>
    <message>
        <location filename="../ui/QueryBar.ui" line="19"/>
        <source>e.g. HvKuBpuk3rdk6E92CP****0200</source>
        <translation>例: HvKuBpuk3rdk6E92CP****0200</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="12"/>
        <source>&amp;Batch ID (JobId):</source>
        <translation>更新バッチ ID (JobId)(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="25"/>
        <source>Instan&amp;ce ID:</source>
        <translation>インスタンス ID(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="31"/>
        <source>optional, e.g. iot-cn-0pp1n8t****</source>
        <translation>任意。例: iot-cn-0pp1n8t****</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="37"/>
        <source>&amp;Query</source>
        <translation>クエリ(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="43"/>
        <source>Re&amp;gion:</source>
        <translation>リージョン(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.ui" line="52"/>
        <source>Endpo&amp;int:</source>
        <translation>エンドポイント(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.cpp" line="96"/>
        <source>Enter an endpoint URL, or choose a region.</source>
        <translation>エンドポイントの URL を入力するか、リージョンを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/QueryBar.cpp" line="154"/>
        <source>Custom endpoint</source>
        <translation>カスタムエンドポイント</translation>
    </message>
</context>
<context>
    <name>QueryCommand</name>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="31"/>
        <source>Query OTA update batches (QueryOTAJob) and print them.</source>
        <translation>OTA 更新バッチをクエリ (QueryOTAJob) して出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="36"/>
        <source>The batch ID to query; repeat for several batches.</source>
        <translation>クエリする更新バッチの ID。複数の更新バッチには繰り返し指定します。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="37"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="38"/>
        <source>Response format to request: json (default) or xml.</source>
        <translation>要求するレスポンス形式: json (デフォルト) または xml。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="41"/>
        <source>json: the response body as received, keys sorted and indented; text: the fields as the form shows them.</source>
        <translation>json: 受信したレスポンスの本文 (キーを並べ替えてインデント)。text: フォームと同じ表示のフィールド。</translation>
    </message>
    <message>
        <location filename="../app/cli/HistoryCommand.cpp" line="121"/>
        <location filename="../app/cli/QueryCommand.cpp" line="53"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効な更新バッチの ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="59"/>
        <source>--format must be json or xml</source>
        <translation>--format には json または xml を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="63"/>
        <source>--output must be json or text</source>
        <translation>--output には json または text を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="104"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1 (更新バッチ %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="109"/>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="113"/>
        <source>Batch %1</source>
        <translation>更新バッチ %1</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="129"/>
        <source>(not returned)</source>
        <translation>(返されていません)</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="130"/>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="66"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="26"/>
        <source>Usage: otadash-cli query --job-id ID [--job-id ID ...] [options]</source>
        <translation>使い方: otadash-cli query --job-id ID [--job-id ID ...] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="47"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="45"/>
        <source>The history file the batches read are added to (default: the dashboard&apos;s; with --demo, the demo&apos;s).</source>
        <translation>読み込んだ更新バッチを追加する履歴ファイル (デフォルト: ダッシュボードのファイル。--demo ではデモのファイル)。</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="180"/>
        <source>warning: batch %1 was not added to the history: %2</source>
        <translation>警告: 更新バッチ %1 は履歴に追加されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/QueryCommand.cpp" line="170"/>
        <source>warning: the batches read were not added to the history: %1</source>
        <translation>警告: 読み込んだ更新バッチは履歴に追加されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QueryOtaJob</name>
    <message>
        <location filename="../app/core/api/QueryOtaJob.cpp" line="33"/>
        <source>The batch could not be read from the response: %1</source>
        <translation>レスポンスから更新バッチを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="129"/>
        <source>Open Batch</source>
        <translation>更新バッチを開く</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="129"/>
        <source>Command Palette</source>
        <translation>コマンド パレット</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="133"/>
        <source>A JobId, a batch&apos;s name or a profile</source>
        <translation>JobId、更新バッチ名、プロファイル</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="134"/>
        <source>An action, a JobId, a batch&apos;s name or a profile</source>
        <translation>操作、JobId、更新バッチ名、プロファイル</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="142"/>
        <source>Matches</source>
        <translation>候補</translation>
    </message>
    <message>
        <location filename="../ui/QuickOpenDialog.cpp" line="176"/>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/QuickOpenDialog.cpp" line="177"/>
        <source>%n match(es). Enter opens, Escape closes.</source>
        <translation>
            <numerusform>%n 件。Enter で開き、Esc で閉じます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RamRole</name>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="35"/>
        <source>A RoleArn looks like acs:ram::1234567890123456:role/ota-reader (the role&apos;s page in the RAM console shows it).</source>
        <translation>RoleArn は acs:ram::1234567890123456:role/ota-reader のような形式です (RAM コンソールのロールのページに表示されます)。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="39"/>
        <source>A session name has 2 to 64 letters, digits or . @ - _ characters.</source>
        <translation>セッション名は 2～64 文字の英字、数字、. @ - _ です。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="42"/>
        <source>The session duration must be between %1 and %2 seconds (at most the role&apos;s maximum session duration).</source>
        <translation>セッションの有効期間は %1～%2 秒で、ロールの最大セッション期間以下にしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="48"/>
        <source>The policy must be a JSON policy document (an object).</source>
        <translation>ポリシーは JSON のポリシードキュメント (オブジェクト) にしてください。</translation>
    </message>
    <message>
        <location filename="../app/core/auth/RamRole.cpp" line="51"/>
        <source>The STS endpoint must be a URL such as %1.</source>
        <translation>STS エンドポイントは %1 のような URL にしてください。</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="26"/>
        <source>Usage: otadash-cli report --job-id ID --format pdf|md --out FILE [--notes TEXT] [options]</source>
        <translation>使い方: otadash-cli report --job-id ID --format pdf|md --out FILE [--notes TEXT] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="31"/>
        <source>Write the sign-off report of an OTA update batch: its settings, task counts, burn-up from the local history, failure reasons, lint findings and your notes. Exit code 5 when the file cannot be written.</source>
        <translation>OTA 更新バッチの承認レポートを書き出します: 設定、タスク数、ローカル履歴からのバーンアップ、失敗の理由、設定チェックの結果、メモ。ファイルを書き込めない場合の終了コードは 5 です。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="38"/>
        <source>The batch to report on.</source>
        <translation>レポートする更新バッチ。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="39"/>
        <source>pdf or md (Markdown).</source>
        <translation>pdf または md (Markdown)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="42"/>
        <source>The file to write; an existing file is replaced, missing folders are made.</source>
        <translation>書き込むファイル。既存のファイルは置き換えられ、存在しないフォルダーは作成されます。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="43"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="44"/>
        <source>Free text for the report&apos;s Notes section.</source>
        <translation>レポートの「メモ」セクションに入れる自由記述のテキスト。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="44"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="46"/>
        <source>The history file with the burn-up points (default: the one the dashboard keeps; with --demo the demo&apos;s).</source>
        <translation>バーンアップの点を含む履歴ファイル (デフォルト: ダッシュボードが保存するファイル。--demo の場合はデモのファイル)。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="48"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="54"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効な更新バッチの ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="59"/>
        <source>--format is required: pdf or md</source>
        <translation>--format が必要です: pdf または md</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="62"/>
        <source>--format must be pdf or md</source>
        <translation>--format には pdf または md を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="66"/>
        <source>--out is required</source>
        <translation>--out が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="71"/>
        <source>--out names a folder: %1</source>
        <translation>--out にフォルダーが指定されています: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="88"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1 (更新バッチ %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="105"/>
        <source>otadash-cli report: no history at %1; the report has no burn-up chart.</source>
        <translation>otadash-cli report: %1 に履歴がありません。レポートにバーンアップチャートは含まれません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="111"/>
        <source>otadash-cli report: the history at %1 cannot be read (%2); the report has no burn-up chart.</source>
        <translation>otadash-cli report: %1 の履歴を読み込めません (%2)。レポートにバーンアップチャートは含まれません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="120"/>
        <source>otadash-cli report: the history holds no task counts of batch %1 for %2; the report has no burn-up chart.</source>
        <translation>otadash-cli report: 履歴に %2 の更新バッチ %1 のタスク数がありません。レポートにバーンアップチャートは含まれません。</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="129"/>
        <source>otadash-cli report: %1</source>
        <translation>otadash-cli report: %1</translation>
    </message>
</context>
<context>
    <name>ReportLayout</name>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="61"/>
        <source>Sign-off report: %1</source>
        <translation>承認レポート: %1</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="87"/>
        <source>Batch</source>
        <translation>更新バッチ</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="89"/>
        <source>Times are in %1.</source>
        <translation>時刻は %1 で表示しています。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="98"/>
        <source>The batch has no tags.</source>
        <translation>この更新バッチにはタグがありません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="108"/>
        <source>The response carried no schedule times.</source>
        <translation>応答にスケジュールの時刻は含まれていませんでした。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="113"/>
        <source>Device tasks</source>
        <translation>デバイスタスク</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="115"/>
        <source>The task counts could not be read.</source>
        <translation>タスク数を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="127"/>
        <location filename="../app/report/ReportLayout.cpp" line="145"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="128"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="134"/>
        <source>Counted at %1.</source>
        <translation>集計日時: %1。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="137"/>
        <source>Burn-up</source>
        <translation>バーンアップ</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="139"/>
        <source>No history of task counts has been recorded for this batch on this computer, so there is no burn-up chart.</source>
        <translation>このコンピューターにはこの更新バッチのタスク数の履歴が記録されていないため、バーンアップチャートはありません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="144"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="144"/>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="153"/>
        <source>%1 of %2 recorded points are listed.</source>
        <translation>記録された %2 点のうち %1 点を表示しています。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="166"/>
        <source>Failure reasons</source>
        <translation>失敗の理由</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="173"/>
        <source>The reasons of the %1 failed tasks could not be read.</source>
        <translation>失敗した %1 件のタスクの理由を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="174"/>
        <source>No device task has failed.</source>
        <translation>失敗したデバイスタスクはありません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="183"/>
        <source>Counted from %1 of %2 failed tasks.</source>
        <translation>失敗した %2 件のタスクのうち %1 件から集計しました。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="186"/>
        <source>an unknown time</source>
        <translation>不明な時刻</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="188"/>
        <source>The failure reasons were read at %1, when %2 device tasks had failed; the task counts above were read at %3, when %4 had failed. Device tasks changed status between the two reads.</source>
        <translation>失敗理由は %1 に読み込みました (その時点で失敗したデバイスタスクは %2 件)。上のタスク数は %3 に読み込みました (その時点で失敗は %4 件)。2 回の読み込みの間にデバイスタスクのステータスが変わりました。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="197"/>
        <source>Verified success</source>
        <translation>成功の検証</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="199"/>
        <source>The devices were not asked which version they report (Verify Success… in the window, or otadash-cli verify).</source>
        <translation>デバイスに報告バージョンを問い合わせていません（ウィンドウの「成功を検証…」または otadash-cli verify）。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="203"/>
        <source>%1 succeeded, %2 checked (%3) at %4: %5 report another version.</source>
        <translation>成功 %1、確認 %2（%3）、%4 時点: %5 台が別のバージョンを報告しています。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="205"/>
        <source>a random sample</source>
        <translation>ランダムな抽出</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="205"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="212"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Reports version</source>
        <translation>報告バージョン</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Expected (DestVersion)</source>
        <translation>期待値 (DestVersion)</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="216"/>
        <source>Task ID</source>
        <translation>タスク ID</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="220"/>
        <source>%1 of %2 devices are listed.</source>
        <translation>%2 台のうち %1 台を記載しています。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="225"/>
        <source>Actions taken</source>
        <translation>実施した操作</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="227"/>
        <source>The audit log could not be read: the actions taken are not known.</source>
        <translation>監査ログを読み取れませんでした。実施した操作は不明です。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="229"/>
        <source>No write action on this batch was sent from this computer.</source>
        <translation>この更新バッチに対する書き込み操作は、このコンピューターから送信されていません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Sent at</source>
        <translation>送信日時</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Targets</source>
        <translation>対象数</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Request ID</source>
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="237"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="239"/>
        <source>Sent from this computer by OtaDash (its audit log); actions sent from elsewhere are not known here.</source>
        <translation>このコンピューターから OtaDash が送信したもの（監査ログ）です。他の場所から送信された操作はここではわかりません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="243"/>
        <source>Lint findings</source>
        <translation>設定チェックの結果</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="245"/>
        <source>The batch was not checked.</source>
        <translation>この更新バッチはチェックされていません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="247"/>
        <source>No risky settings were found.</source>
        <translation>リスクのある設定は見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Finding</source>
        <translation>指摘</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="252"/>
        <source>Explanation</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="255"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="256"/>
        <source>No notes.</source>
        <translation>メモはありません。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="259"/>
        <source>an unknown user</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="261"/>
        <source>Exported by %1 on %2 with OtaDash %3.</source>
        <translation>%1 が %2 に OtaDash %3 でエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="262"/>
        <source>Exported by %1 with profile %2 on %3 with OtaDash %4.</source>
        <translation>%1 がプロファイル %2 で %3 に OtaDash %4 でエクスポートしました。</translation>
    </message>
    <message>
        <location filename="../app/report/ReportLayout.cpp" line="264"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="48"/>
        <source>%1 — retrying now, attempt %2 of %3</source>
        <translation>%1 — 再試行中（%3 回中 %2 回目）</translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="49"/>
        <source>%1 — retrying in %2 s, attempt %3 of %4</source>
        <translation>%1 — %2 秒後に再試行（%4 回中 %3 回目）</translation>
    </message>
    <message>
        <location filename="../app/core/api/RequestScheduler.cpp" line="59"/>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message numerus="yes">
        <location filename="../ui/RetryNotice.cpp" line="93"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（ほかに %n 件待機中）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="103"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="104"/>
        <source>Cancel the waiting retries</source>
        <translation>待機中の再試行をキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/RetryNotice.cpp" line="105"/>
        <source>Requests waiting to be sent again</source>
        <translation>再送を待っている要求</translation>
    </message>
</context>
<context>
    <name>RolloutEta</name>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="105"/>
        <source>Every device has finished.</source>
        <translation>すべてのデバイスが終了しました。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="107"/>
        <source>Stalled: no device has finished since %1.</source>
        <translation>停滞: %1 以降、終了したデバイスはありません。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="110"/>
        <source>No finish estimate yet: it needs count rounds minutes apart in which devices finish.</source>
        <translation>終了予測はまだありません: デバイスが終了していく、数分間隔の集計が必要です。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="117"/>
        <source>Pushing to %1 devices a minute, it finishes about %2 (the devices not started and in flight at that pace).</source>
        <translation>1 分あたり %1 台にプッシュしており、%2 ごろに完了します (未開始と進行中のデバイスをこのペースで計算)。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="123"/>
        <source>At %1 devices a minute it finishes about %2.</source>
        <translation>1 分あたり %1 台のペースで、%2 ごろに終了します。</translation>
    </message>
    <message>
        <location filename="../app/core/ota/RolloutEta.cpp" line="128"/>
        <source>(The batch pushes to at most %1 devices a minute.)</source>
        <translation>(この更新バッチのプッシュは 1 分あたり最大 %1 台です。)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/RolloutEta.cpp" line="134"/>
        <source>That is %Ln minute(s) after its scheduled end.</source>
        <translation>
            <numerusform>予定の終了時刻より %Ln 分遅れます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RpcCall</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="188"/>
        <source>The response announced %1 bytes; the limit is %2.</source>
        <translation>レスポンスのサイズは %1 バイトと通知されましたが、上限は %2 バイトです。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="216"/>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>サーバーの証明書は受け入れられませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="219"/>
        <source>It names %1 and was issued by %2.</source>
        <translation>証明書の名義は %1、発行者は %2 です。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="227"/>
        <source>No complete answer within %1 seconds.</source>
        <translation>%1 秒以内に完全な応答がありませんでした。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="237"/>
        <source>The request was canceled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="247"/>
        <source>The response exceeded %1 bytes and was discarded.</source>
        <translation>レスポンスが %1 バイトを超えたため破棄しました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="270"/>
        <source>The server closed the connection before it answered.</source>
        <translation>サーバーは応答する前に接続を閉じました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="272"/>
        <source>The connection closed after %1 of the %2 bytes the server announced.</source>
        <translation>サーバーが通知した %2 バイトのうち %1 バイトを受信した時点で接続が閉じられました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="274"/>
        <source>The connection closed after %1 bytes, before the answer was complete.</source>
        <translation>%1 バイトを受信した後、応答が完了する前に接続が閉じられました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="319"/>
        <source>%1 (proxy %2:%3)</source>
        <translation>%1（プロキシ %2:%3）</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="339"/>
        <source>The endpoint redirected to %1; redirects are not followed.</source>
        <translation>エンドポイントが %1 にリダイレクトしました。リダイレクトには従いません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="368"/>
        <source>The server answered HTTP %1 without an API error body.</source>
        <translation>サーバーは API エラーの本文なしで HTTP %1 を返しました。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="385"/>
        <source>The strings to sign differ from character %1 on.</source>
        <translation>署名対象文字列は %1 文字目から異なります。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="396"/>
        <source>The response body was empty.</source>
        <translation>レスポンスの本文が空でした。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="397"/>
        <source>The response body is neither valid JSON nor valid XML.</source>
        <translation>レスポンスの本文は有効な JSON でも XML でもありません。</translation>
    </message>
</context>
<context>
    <name>RpcClient</name>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="500"/>
        <source>The endpoint is not a valid URL with a host.</source>
        <translation>エンドポイントはホストを含む有効な URL ではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="502"/>
        <source>The endpoint must not contain a user name or password.</source>
        <translation>エンドポイントにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="504"/>
        <source>The endpoint must not contain a query or a fragment.</source>
        <translation>エンドポイントにクエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="510"/>
        <source>Plain http:// is refused for %1: only a server on this computer (loopback) may be reached without TLS.</source>
        <translation>%1 への暗号化されていない http:// は拒否されます。TLS なしで接続できるのは、このコンピューター上のサーバー (ループバック) だけです。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="514"/>
        <source>The endpoint must use https://.</source>
        <translation>エンドポイントには https:// を使用してください。</translation>
    </message>
    <message>
        <location filename="../app/core/api/RpcClient.cpp" line="619"/>
        <source>An AccessKeyId and an AccessKey secret are required.</source>
        <translation>AccessKeyId と AccessKey Secret が必要です。</translation>
    </message>
</context>
<context>
    <name>SecretBackend</name>
    <message>
        <location filename="../app/core/auth/SecretBackend.cpp" line="27"/>
        <source>OtaDash&apos;s keychain support (%1) could not be loaded: %2</source>
        <translation>OtaDash のキーチェーン対応 (%1) を読み込めませんでした: %2</translation>
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
        <translation>書き込むファイルの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="68"/>
        <source>%1 is a file, not a folder: choose another place for the report.</source>
        <translation>%1 はフォルダーではなくファイルです。レポートの保存先を変更してください。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.cpp" line="114"/>
        <source>Save Sign-off Report</source>
        <translation>承認レポートを保存</translation>
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
        <translation>承認レポート</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="11"/>
        <source>The report holds the batch&apos;s settings, versions, tags and schedule, its task counts, the burn-up recorded on this computer, the most frequent failure reasons, the lint findings and your notes.</source>
        <translation>レポートには、更新バッチの設定、バージョン、タグ、スケジュール、タスク数、このコンピューターに記録されたバーンアップ、多い順の失敗の理由、設定チェックの結果、メモが含まれます。</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="19"/>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="25"/>
        <source>e.g. who approved the rollout and why</source>
        <translation>例: 誰がなぜロールアウトを承認したか</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="31"/>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="40"/>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/SignOffReportDialog.ui" line="51"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="45"/>
        <source>The request is not a JSON object.</source>
        <translation>要求が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="59"/>
        <source>The request&apos;s %1 is not a string of at most %2 characters.</source>
        <translation>要求の %1 が %2 文字以内の文字列ではありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="120"/>
        <source>No answer within %1 ms.</source>
        <translation>%1 ms 以内に応答がありません。</translation>
    </message>
    <message>
        <location filename="../app/core/util/SingleInstance.cpp" line="177"/>
        <source>Another OtaDash listens on %1.</source>
        <translation>別の OtaDash が %1 で待ち受けています。</translation>
    </message>
</context>
<context>
    <name>SourceVersionsModel</name>
    <message>
        <location filename="../app/core/models/SourceVersionsModel.cpp" line="41"/>
        <source>Source version</source>
        <translation>更新対象のファームウェアバージョン</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="59"/>
        <source>Usage: otadash-cli status --job-id ID [--job-id ID ...] [--output text|json|csv] [--watch SECONDS] [options]</source>
        <translation>使い方: otadash-cli status --job-id ID [--job-id ID ...] [--output text|json|csv] [--watch SECONDS] [options]</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="65"/>
        <source>Where rollouts stand: per batch its JobStatus, total, the count per TaskStatus, % complete, failure rate and when it will finish at its pace (from the count rounds in the local history and this run&apos;s).</source>
        <translation>ロールアウトの状況: 更新バッチごとに JobStatus、合計、TaskStatus ごとの件数、完了率、失敗率、現在のペースでの終了予測 (ローカル履歴とこの実行での集計から)。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>The batch to show; repeat for several batches.</source>
        <translation>表示する更新バッチ。複数の場合は繰り返し指定します。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="72"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="75"/>
        <source>text (default); json: an array of objects with JobId, JobStatus, Total, Counts (by TaskStatus), PercentComplete (succeeded, failed and canceled of the total, 0-100), FailureRate (failed of succeeded and failed, 0-100, or null), Eta (ISO UTC, or null), CountsMovedDuringRead and ReadAt; csv: one line per batch.</source>
        <translation>text (デフォルト)。json: JobId、JobStatus、Total、Counts (TaskStatus ごと)、PercentComplete (合計に対する成功・失敗・キャンセルの割合、0-100)、FailureRate (成功と失敗に対する失敗の割合、0-100、または null)、Eta (ISO UTC、または null)、CountsMovedDuringRead、ReadAt を持つオブジェクトの配列。csv: 更新バッチごとに 1 行。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="82"/>
        <source>Read again every SECONDS (at least %1): the text is redrawn in place on a terminal; otherwise every round is appended (JSON: one array per line).</source>
        <translation>SECONDS 秒ごとに読み直します (%1 以上)。端末ではその場で描き直し、それ以外では毎回追記します (JSON: 1 行に 1 つの配列)。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="85"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="87"/>
        <source>The history file the rounds are added to and the estimate reads (default: the dashboard&apos;s; with --demo, the demo&apos;s).</source>
        <translation>集計を追加し、予測に使う履歴ファイル (デフォルト: ダッシュボードのファイル。--demo ではデモのファイル)。</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="89"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="95"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効なバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="102"/>
        <source>--output must be text, json or csv</source>
        <translation>--output は text、json、csv のいずれかです</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="108"/>
        <source>--watch must be a number of seconds, %1 or more</source>
        <translation>--watch には %1 以上の秒数を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="112"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="175"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1 (更新バッチ %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="284"/>
        <source>Batch %1 · %2 · counted at %3</source>
        <translation>更新バッチ %1 · %2 · %3 に集計</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="287"/>
        <source>%Ln task(s):</source>
        <translation>
            <numerusform>%Ln 件のタスク:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="294"/>
        <source>%1 complete</source>
        <translation>%1 完了</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="296"/>
        <source>failure rate %1</source>
        <translation>失敗率 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="298"/>
        <source>no failure rate yet</source>
        <translation>失敗率はまだありません</translation>
    </message>
</context>
<context>
    <name>TagsModel</name>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="51"/>
        <location filename="../app/report/ReportLayout.cpp" line="103"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../app/core/models/TagsModel.cpp" line="53"/>
        <location filename="../app/report/ReportLayout.cpp" line="103"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>TaskActionCommand</name>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="37"/>
        <source>Usage: otadash-cli retry --job-id ID (--task-id T ... | --status FAILED|CANCELED) [--yes] [options]</source>
        <translation>使い方: otadash-cli retry --job-id ID (--task-id T ... | --status FAILED|CANCELED) [--yes] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="39"/>
        <source>Usage: otadash-cli confirm --job-id ID (--task-id T ... | --all) [--yes] [options]</source>
        <translation>使い方: otadash-cli confirm --job-id ID (--task-id T ... | --all) [--yes] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="45"/>
        <source>Upgrade failed or canceled devices of a batch again (ReupgradeOTATask, at most 10 tasks per call). Without --yes, print what would be sent and send nothing.</source>
        <translation>バッチの失敗またはキャンセルされたデバイスを再アップグレードします（ReupgradeOTATask、1 回の呼び出しで最大 10 タスク）。--yes なしでは送信内容を表示するだけで何も送信しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="48"/>
        <source>Confirm the tasks of a batch that wait for confirmation (ConfirmOTATask, at most 10 tasks per call). Without --yes, print what would be sent and send nothing.</source>
        <translation>バッチの確認待ちタスクを確認します（ConfirmOTATask、1 回の呼び出しで最大 10 タスク）。--yes なしでは送信内容を表示するだけで何も送信しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="55"/>
        <source>The batch of the tasks.</source>
        <translation>タスクのバッチ。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="57"/>
        <source>A task to act on. Repeat or separate with commas for several.</source>
        <translation>操作するタスク。複数のときは繰り返すかカンマで区切ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="58"/>
        <source>TASK</source>
        <translation>TASK</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="59"/>
        <source>Send the calls. Without it nothing is sent.</source>
        <translation>呼び出しを送信します。指定しないと何も送信しません。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="61"/>
        <source>The history file whose audit log records the calls (default: the dashboard&apos;s).</source>
        <translation>呼び出しを監査ログに記録する履歴ファイル（既定: ダッシュボードのもの）。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="63"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="67"/>
        <source>Every task of the batch in this status: FAILED or CANCELED. Repeat or separate with commas for both.</source>
        <translation>この状態にあるバッチのすべてのタスク: FAILED または CANCELED。両方のときは繰り返すかカンマで区切ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="69"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="71"/>
        <source>Every task of the batch that waits in CONFIRM.</source>
        <translation>CONFIRM で待っているバッチのすべてのタスク。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="78"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効なバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="86"/>
        <source>&apos;%1&apos; is not a valid task ID</source>
        <translation>&apos;%1&apos; は有効なタスク ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="97"/>
        <source>--status must be FAILED or CANCELED, not &apos;%1&apos;</source>
        <translation>--status は FAILED または CANCELED です（&apos;%1&apos; ではありません）</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="107"/>
        <source>give either --task-id or %1</source>
        <translation>--task-id と %1 のどちらかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="111"/>
        <source>--history-db needs a file name</source>
        <translation>--history-db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="119"/>
        <source>the profile &apos;%1&apos; is read-only: it sends no write action</source>
        <translation>プロファイル &apos;%1&apos; は読み取り専用です: 書き込み操作は送信しません</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="139"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1（バッチ %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="144"/>
        <source>otadash-cli: the tasks of batch %1 could not all be read; nothing was sent</source>
        <translation>otadash-cli: バッチ %1 のタスクをすべて読み込めませんでした。何も送信していません</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="167"/>
        <source>upgrade %Ln device task(s) of batch %1 again</source>
        <translation>
            <numerusform>バッチ %1 のデバイスタスク %Ln 件を再アップグレード</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="168"/>
        <source>confirm %Ln device task(s) of batch %1</source>
        <translation>
            <numerusform>バッチ %1 のデバイスタスク %Ln 件を確認</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="170"/>
        <source>Nothing to send: batch %1 has no task in that status.</source>
        <translation>送信するものはありません: バッチ %1 にはその状態のタスクがありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="176"/>
        <source>Would %1 with %Ln call(s) of %2:</source>
        <translation>
            <numerusform>%2 の呼び出し %Ln 回で次を行います: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="178"/>
        <source>call %1: %2</source>
        <translation>呼び出し %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="179"/>
        <source>Nothing was sent. Add --yes to send.</source>
        <translation>何も送信していません。送信するには --yes を付けてください。</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="188"/>
        <source>otadash-cli: nothing was sent: the audit log cannot be written: %1</source>
        <translation>otadash-cli: 何も送信していません: 監査ログを書き込めません: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="195"/>
        <source>Sending: %1, %Ln call(s) of %2.</source>
        <translation>
            <numerusform>送信中: %1、%2 の呼び出し %Ln 回。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="212"/>
        <source>call %1 of %2 (%Ln task(s))</source>
        <translation>
            <numerusform>呼び出し %1/%2（タスク %Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="215"/>
        <source>%1: done, RequestId %2</source>
        <translation>%1: 完了、RequestId %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="222"/>
        <source>%1: outcome unknown, the gateway may have acted (%2), RequestId %3; it is not sent again</source>
        <translation>%1: 結果不明、ゲートウェイが実行した可能性があります（%2）、RequestId %3。再送信はしません</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="225"/>
        <source>%1: refused (%2), RequestId %3</source>
        <translation>%1: 拒否されました（%2）、RequestId %3</translation>
    </message>
    <message>
        <location filename="../app/cli/TaskActionCommand.cpp" line="233"/>
        <source>%1 done, %2 refused, %3 unknown.</source>
        <translation>完了 %1、拒否 %2、不明 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="235"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch, then send again.</source>
        <translation>
            <numerusform>結果不明のあと呼び出し %Ln 回を送信していません: バッチを確認してから、もう一度送信してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="160"/>
        <source>Call %1 of %2 (%Ln device(s))</source>
        <translation>
            <numerusform>呼び出し %1/%2（デバイス %Ln 台）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="163"/>
        <source>%1: done. Request ID %2</source>
        <translation>%1: 完了。リクエスト ID %2</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="169"/>
        <source>%1: outcome unknown (%2). The gateway may have acted; it is not sent again.</source>
        <translation>%1: 結果不明（%2）。ゲートウェイが実行した可能性があります。再送信はしません。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="171"/>
        <source>%1: refused (%2). Request ID %3</source>
        <translation>%1: 拒否されました（%2）。リクエスト ID %3</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="179"/>
        <source>%1 done, %2 refused, %3 with an unknown outcome.</source>
        <translation>完了 %1、拒否 %2、結果不明 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="182"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch before you send again.</source>
        <translation>
            <numerusform>結果不明のあと呼び出し %Ln 回を送信していません: もう一度送信する前にバッチを確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="203"/>
        <source>%Ln call(s) of at most 100 devices</source>
        <translation>
            <numerusform>最大 100 デバイスの呼び出し %Ln 回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="204"/>
        <source>%Ln call(s) of at most 10 tasks</source>
        <translation>
            <numerusform>最大 10 タスクの呼び出し %Ln 回</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="206"/>
        <source>Cancel Device Tasks</source>
        <translation>デバイスタスクのキャンセル</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="208"/>
        <source>None of the chosen tasks is unfinished: there is nothing to cancel.</source>
        <translation>選択したタスクに未完了のものはありません。キャンセルするものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="209"/>
        <source>The tasks of %Ln device(s) in batch %1 will be canceled: these devices stop upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already finished are not affected.</source>
        <translation>
            <numerusform>更新バッチ %1 のデバイス %Ln 台のタスクをキャンセルします。これらのデバイスはファームウェア %2 へのアップグレードを中止します（CancelOTATaskByDevice、%3）。完了済みのデバイスには影響しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="214"/>
        <source>Cancel the &amp;tasks of %Ln device(s)</source>
        <translation>
            <numerusform>デバイス %Ln 台のタスクをキャンセル(&amp;T)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="216"/>
        <source>Upgrade Devices Again</source>
        <translation>デバイスの再アップグレード</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="218"/>
        <source>None of the chosen tasks is FAILED or CANCELED: there is nothing to upgrade again.</source>
        <translation>選択したタスクに FAILED または CANCELED のものはありません: 再アップグレードするものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="220"/>
        <source>%Ln device(s) of batch %1 will be upgraded again from the start (ReupgradeOTATask, %2).</source>
        <translation>
            <numerusform>バッチ %1 のデバイス %Ln 台を最初から再アップグレードします（ReupgradeOTATask、%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="229"/>
        <source>%Ln device(s) of batch %1 will start upgrading (ConfirmOTATask, %2).</source>
        <translation>
            <numerusform>バッチ %1 のデバイス %Ln 台がアップグレードを開始します（ConfirmOTATask、%2）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="224"/>
        <source>&amp;Upgrade %Ln device(s) again</source>
        <translation>
            <numerusform>デバイス %Ln 台を再アップグレード(&amp;U)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="226"/>
        <source>Confirm Device Tasks</source>
        <translation>デバイスタスクの確認</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="228"/>
        <source>None of the chosen tasks waits for confirmation.</source>
        <translation>選択したタスクに確認待ちのものはありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="232"/>
        <source>&amp;Confirm %Ln task(s)</source>
        <translation>
            <numerusform>タスク %Ln 件を確認(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="234"/>
        <source>Devices and tasks</source>
        <translation>デバイスとタスク</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="236"/>
        <source>More than %1 devices: type the batch ID %2 to confirm:</source>
        <translation>%1 台を超えています: 確認のためバッチ ID %2 を入力してください:</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="238"/>
        <source>Profile %1 is read-only: it may only query. Turn on File &gt; Allow Write Actions in the Demo to send this to the simulator.</source>
        <translation>プロファイル %1 は読み取り専用で、照会のみできます。これをシミュレーターに送信するには、ファイル &gt; デモで書き込み操作を許可 をオンにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="240"/>
        <source>Profile %1 is read-only: it may only query. Clear “Read-only” in File &gt; Profiles… to send this with it.</source>
        <translation>プロファイル %1 は読み取り専用で、照会のみできます。これを送信するには、ファイル &gt; プロファイル… で「読み取り専用」を外してください。</translation>
    </message>
    <message>
        <location filename="../ui/TaskActionDialog.cpp" line="243"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="43"/>
        <source>Awaiting confirmation</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="45"/>
        <source>Queued</source>
        <translation>プッシュ待ち</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="47"/>
        <source>Notified</source>
        <translation>プッシュ済み</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="49"/>
        <source>In progress</source>
        <translation>アップグレード中</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="51"/>
        <source>Succeeded</source>
        <translation>アップグレード成功</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="53"/>
        <source>Failed</source>
        <translation>アップグレード失敗</translation>
    </message>
    <message>
        <location filename="../app/core/ota/TaskStatus.cpp" line="55"/>
        <source>Canceled</source>
        <translation>キャンセル済み</translation>
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
        <translation>デバイス名</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="983"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="985"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="987"/>
        <source>Failure reason</source>
        <translation>失敗の理由</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="989"/>
        <source>Source version</source>
        <translation>更新対象のバージョン</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="991"/>
        <source>Destination version</source>
        <translation>宛先バージョン</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="993"/>
        <source>Modified (%1)</source>
        <comment>the time zone of the column&apos;s times</comment>
        <translation>更新日時 (%1)</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="996"/>
        <source>Task ID</source>
        <translation>タスク ID</translation>
    </message>
    <message>
        <location filename="../app/core/models/TaskTableModel.cpp" line="921"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="53"/>
        <source>Usage: otadash-cli tasks --job-id ID [--status STATUS ...] [options]</source>
        <translation>使い方: otadash-cli tasks --job-id ID [--status STATUS ...] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="58"/>
        <source>List every device task of an OTA update batch (ListOTATaskByJob) and print them.</source>
        <translation>OTA 更新バッチのすべてのデバイスタスクを一覧 (ListOTATaskByJob) して出力します。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="63"/>
        <source>The batch whose device tasks to list.</source>
        <translation>デバイスタスクを一覧する更新バッチ。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="63"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="66"/>
        <source>Only tasks with this status: %1. Repeat or separate with commas for several.</source>
        <translation>このステータスのタスクのみ: %1。複数のステータスには繰り返し指定するか、カンマで区切ります。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="68"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="70"/>
        <source>csv (default): a header row, then one row per task; json: an array of the tasks with the API&apos;s field names.</source>
        <translation>csv (デフォルト): ヘッダー行に続いてタスクごとに 1 行。json: API のフィールド名によるタスクの配列。</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="147"/>
        <source>otadash-cli tasks: the listing stopped before every task was read</source>
        <translation>otadash-cli tasks: すべてのタスクを読み取る前に一覧が停止しました</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="78"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効な更新バッチの ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="88"/>
        <source>unknown task status &apos;%1&apos;; use %2</source>
        <translation>不明なタスクのステータス &apos;%1&apos; です。%2 のいずれかを指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="96"/>
        <source>--output must be csv or json</source>
        <translation>--output には csv または json を指定してください</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="121"/>
        <source>Fetched %Ln task(s)</source>
        <translation>
            <numerusform>%Ln 件のタスクを取得しました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="122"/>
        <source>Fetched %1 of %Ln task(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のタスクを取得しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/TasksCommand.cpp" line="142"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1 (更新バッチ %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="160"/>
        <source>warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one status.</source>
        <translation>
            <numerusform>警告: ほかに %Ln 件のタスクを一覧できませんでした。API が 1 つのステータスについて返すタスクは最大 %1 件です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="31"/>
        <source>yyyy-MM-dd</source>
        <comment>The date format of every date OtaDash writes (a QDateTime format: yyyy year, MM month, dd day, with leading zeros). Keep the letters; choose the order and the separators your language writes.</comment>
        <translation>yyyy/MM/dd</translation>
    </message>
    <message>
        <location filename="../app/core/util/TimeText.cpp" line="92"/>
        <source>Times are in %1.</source>
        <comment>%1 is a time zone: UTC or UTC+08:00</comment>
        <translation>時刻は %1 で表示しています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="103"/>
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>%n 秒前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="105"/>
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>%n 分前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="107"/>
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>%n 時間前に更新</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="108"/>
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>%n 日前に更新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="26"/>
        <source>Usage: otadash-cli verify --job-id ID [--sample N] [--output text|json] [options]</source>
        <translation>使い方: otadash-cli verify --job-id ID [--sample N] [--output text|json] [オプション]</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="31"/>
        <source>Verify the success of a batch: ask the devices of its SUCCEEDED tasks which version they report (BatchQueryDeviceDetail) and list those that report another version than the batch&apos;s.</source>
        <translation>バッチの成功を検証します: SUCCEEDED タスクのデバイスに報告バージョンを問い合わせ（BatchQueryDeviceDetail）、バッチと異なるバージョンを報告するデバイスを一覧にします。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>The batch to verify.</source>
        <translation>検証するバッチ。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="38"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="39"/>
        <source>Check this many devices, picked at random (default: all).</source>
        <translation>ランダムに選んだこの台数のデバイスを確認します（既定: すべて）。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="40"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="42"/>
        <source>text (default), or json: one object with JobId, Succeeded, Checked, Sampled, Mismatches and ReadAt.</source>
        <translation>text（既定）、または json: JobId、Succeeded、Checked、Sampled、Mismatches、ReadAt を持つ 1 つのオブジェクト。</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="50"/>
        <source>&apos;%1&apos; is not a valid batch ID</source>
        <translation>&apos;%1&apos; は有効なバッチ ID ではありません</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="58"/>
        <source>--sample must be a number of devices, 1 or more</source>
        <translation>--sample にはデバイスの台数（1 以上）を指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="62"/>
        <source>--output must be text or json</source>
        <translation>--output は text または json です</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="74"/>
        <source>otadash-cli verify: the succeeded tasks of batch %1 could not all be read</source>
        <translation>otadash-cli verify: バッチ %1 の成功したタスクをすべて読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="86"/>
        <source>ERROR: %1 (batch %2)</source>
        <translation>エラー: %1（バッチ %2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="111"/>
        <source>Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln report another version.</source>
        <translation>
            <numerusform>バッチ %1: 成功 %2 台、確認 %3 台（%4）、%5 時点: %Ln 台が別のバージョンを報告しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="114"/>
        <source>a random sample</source>
        <translation>ランダムな抽出</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="114"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="120"/>
        <source>%1 reports no version (task %2)</source>
        <translation>%1 はバージョンを報告していません（タスク %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/VerifyCommand.cpp" line="121"/>
        <source>%1 reports %2, not %3 (task %4)</source>
        <translation>%1 は %3 ではなく %2 を報告しています（タスク %4）</translation>
    </message>
</context>
<context>
    <name>VerifySuccessDialog</name>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="74"/>
        <source>Reading the succeeded tasks: %1 so far…</source>
        <translation>成功したタスクを読み取り中: これまでに %1 件…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="79"/>
        <source>Asking the devices which version they report: %1 of %2…</source>
        <translation>デバイスに報告バージョンを問い合わせ中: %2 台中 %1 台…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="90"/>
        <source>The check stopped: %1</source>
        <translation>確認が止まりました: %1</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="95"/>
        <source>The succeeded tasks could not all be read: nothing was checked. Try again later.</source>
        <translation>成功したタスクをすべて読み取れませんでした。何も確認していません。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="126"/>
        <source>Reading the succeeded tasks…</source>
        <translation>成功したタスクを読み取り中…</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="136"/>
        <source>The check was stopped.</source>
        <translation>確認を停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="151"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
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
            <numerusform>成功 %1、確認 %2（%3）、%4 に読み取り: %Ln 台が別のバージョンを報告しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="167"/>
        <source>a random sample</source>
        <translation>ランダムな抽出</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="167"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="170"/>
        <source>Every device checked reports its task&apos;s destination version.</source>
        <translation>確認したすべてのデバイスがタスクの宛先バージョンを報告しています。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="176"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="192"/>
        <source>Verify Success</source>
        <translation>成功の検証</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/VerifySuccessDialog.cpp" line="195"/>
        <source>Batch %1 counts %Ln device(s) as upgraded. Ask them which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</source>
        <translation>
            <numerusform>更新バッチ %1 はデバイス %Ln 台をアップグレード済みとしています。現在報告しているバージョンを問い合わせます（BatchQueryDeviceDetail、1 回 100 台、毎秒最大 5 回、他のすべてのリクエストの後）。ロールバックしたデバイスや新しいファームウェアで再起動していないデバイスが一覧に出ます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="201"/>
        <source>Ask the devices of batch %1&apos;s succeeded tasks which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</source>
        <translation>更新バッチ %1 の成功したタスクのデバイスに、現在報告しているバージョンを問い合わせます（BatchQueryDeviceDetail、1 回 100 台、毎秒最大 5 回、他のすべてのリクエストの後）。ロールバックしたデバイスや新しいファームウェアで再起動していないデバイスが一覧に出ます。</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="206"/>
        <source>&amp;All succeeded devices</source>
        <translation>成功したすべてのデバイス(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="207"/>
        <source>A &amp;random sample of</source>
        <translation>ランダムに抽出(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="208"/>
        <source> devices</source>
        <translation> 台</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="209"/>
        <source>Sample size</source>
        <translation>抽出数</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="210"/>
        <source>&amp;Start Check</source>
        <translation>確認を開始(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Reports version</source>
        <translation>報告バージョン</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Expected (DestVersion)</source>
        <translation>期待値 (DestVersion)</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="212"/>
        <source>Task ID</source>
        <translation>タスク ID</translation>
    </message>
    <message>
        <location filename="../ui/VerifySuccessDialog.cpp" line="213"/>
        <source>Devices that report another version</source>
        <translation>別のバージョンを報告しているデバイス</translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="335"/>
        <source>Failure alert: %1 % of the tasks that succeeded or failed have failed (%2 of %3); the threshold is %4 %.</source>
        <translation>失敗率アラート: 成功または失敗したタスクの %1 % が失敗しました (%3 件中 %2 件)。しきい値は %4 % です。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="550"/>
        <source>JobId: %1</source>
        <translation>JobId: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="557"/>
        <source>Stalled: no device has finished for %Ln minute(s) or more.</source>
        <translation>
            <numerusform>停滞: %Ln 分以上、完了したデバイスがありません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="559"/>
        <source>Late: it will not finish by its scheduled finish, %1.</source>
        <translation>遅延: スケジュールされた終了時刻 %1 までに完了しません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="566"/>
        <source>Not counted yet: the counts show after the next refresh of the watch list.</source>
        <translation>まだ集計されていません: ウォッチリストの次の更新後に件数が表示されます。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="573"/>
        <source>Counted at %1</source>
        <translation>集計時刻: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="581"/>
        <source>Failure rate: no device has succeeded or failed yet.</source>
        <translation>失敗率: まだ成功または失敗したデバイスがありません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="582"/>
        <source>Failure rate: %1 of the %2 devices that succeeded or failed have failed.</source>
        <translation>失敗率: 成功または失敗した %2 台のうち %1 台が失敗しました。</translation>
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
        <translation>%1 アラート</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="603"/>
        <source>In flight: %1 devices have been told of the update or are upgrading (NOTIFIED or IN_PROGRESS).</source>
        <translation>進行中: %1 台のデバイスが更新の通知を受けたか、アップグレード中です (NOTIFIED または IN_PROGRESS)。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="611"/>
        <source>The trend shows once two count rounds have been read.</source>
        <translation>推移は 2 回の集計が読み込まれると表示されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="619"/>
        <source>Complete over the last %Ln count round(s): %1 at %2, %3 at %4.</source>
        <translation>
            <numerusform>直近 %Ln 回の集計での完了率: %2 に %1、%4 に %3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="624"/>
        <source>%1 devices finished a minute over the last %Ln minute(s).</source>
        <translation>
            <numerusform>直近 %Ln 分間で 1 分あたり %1 台が完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="630"/>
        <source>%1/min</source>
        <comment>devices finished a minute</comment>
        <translation>%1 台/分</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="645"/>
        <source>Last updated: %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="651"/>
        <source>Older than the auto-refresh interval of %Ln s: the last refreshes did not reach it.</source>
        <translation>
            <numerusform>自動更新の間隔 %Ln 秒より古い状態です。最近の更新はこの行に届いていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="657"/>
        <source>Update failed: %1</source>
        <translation>更新に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="659"/>
        <source>Not updated yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="676"/>
        <source>Succeeded, failed and canceled devices, of all the batch&apos;s devices.</source>
        <translation>成功、失敗、キャンセルしたデバイスの、バッチの全デバイスに対する割合です。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="678"/>
        <source>Failed devices, of those that succeeded or failed (what the failure alert measures); below 50 of them, the counts.</source>
        <translation>成功または失敗したデバイスのうち失敗したものの割合です (失敗アラートが測るもの)。その数が 50 台未満のときは台数を表示します。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="686"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="688"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="690"/>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="694"/>
        <source>In flight</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="696"/>
        <source>Trend</source>
        <translation>推移</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="698"/>
        <source>Finish</source>
        <translation>完了予定</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="716"/>
        <source>Planned, with no scheduled start.</source>
        <translation>予定済みですが、開始時刻はスケジュールされていません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="717"/>
        <source>Scheduled to start %1.</source>
        <translation>%1 に開始予定です。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="718"/>
        <source>starts %1</source>
        <translation>%1 開始</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="723"/>
        <source>Ended %1.</source>
        <translation>%1 に終了しました。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="724"/>
        <source>ended %1</source>
        <translation>%1 終了</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="731"/>
        <source>Its scheduled finish, %1, has passed.</source>
        <translation>スケジュールされた終了時刻 %1 を過ぎています。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="733"/>
        <source>Scheduled finish: %1.</source>
        <translation>スケジュールされた終了時刻: %1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="737"/>
        <source>A running batch is marked stalled after %Ln minute(s) without a finished device (Preferences).</source>
        <translation>
            <numerusform>実行中のバッチは、完了したデバイスがないまま %Ln 分経つと停滞として表示されます (環境設定)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="746"/>
        <source>finished</source>
        <translation>完了</translation>
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
            <numerusform>%1、%Ln 分遅延</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="700"/>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="692"/>
        <source>Failure rate</source>
        <translation>失敗率</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="702"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="704"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="329"/>
        <source>Failure alert at %1 % (minimum sample %2); no counts yet.</source>
        <translation>失敗率アラート: %1 % (最小サンプル数 %2)。件数はまだ取得されていません。</translation>
    </message>
    <message>
        <location filename="../app/core/models/WatchListModel.cpp" line="339"/>
        <source>Failure alert at %1 % (minimum sample %2); now %3 % (%4 of %5 failed).</source>
        <translation>失敗率アラート: %1 % (最小サンプル数 %2)。現在 %3 % (%5 件中 %4 件が失敗)。</translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="15"/>
        <source>Batch ID to watch</source>
        <translation>ウォッチする更新バッチ ID</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="16"/>
        <source>Batch ID (JobId) to watch</source>
        <translation>ウォッチする更新バッチ ID (JobId)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="22"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="23"/>
        <source>Add this batch to the watch list, read with the current profile</source>
        <translation>この更新バッチをウォッチリストに追加し、現在のプロファイルで読み込みます</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="36"/>
        <source>Watched batches</source>
        <translation>ウォッチ中の更新バッチ</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="54"/>
        <source>A&amp;uto-refresh:</source>
        <translation>自動更新(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="71"/>
        <location filename="../ui/WatchListPanel.cpp" line="428"/>
        <source>Refresh &amp;now</source>
        <translation>今すぐ更新(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="72"/>
        <source>Read the status of every watched batch again</source>
        <translation>ウォッチしているすべての更新バッチのステータスを読み込み直します</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="77"/>
        <location filename="../ui/WatchListPanel.cpp" line="427"/>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.ui" line="78"/>
        <source>Stop watching the selected batches (Delete)</source>
        <translation>選択した更新バッチのウォッチをやめます (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="248"/>
        <source>Enter the batch ID (JobId) to watch.</source>
        <translation>ウォッチする更新バッチの ID (JobId) を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="253"/>
        <source>Choose a profile first: a batch is read with the profile it was added with.</source>
        <translation>先にプロファイルを選択してください。更新バッチは追加したときのプロファイルで読み込まれます。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="260"/>
        <source>Batch %1 is already on the watch list (profile %2).</source>
        <translation>更新バッチ %1 はすでにウォッチリストにあります (プロファイル %2)。</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="407"/>
        <source>Off</source>
        <comment>auto-refresh</comment>
        <translation>オフ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="409"/>
        <source>Every %n s</source>
        <comment>auto-refresh interval in seconds</comment>
        <translation>
            <numerusform>%n 秒ごと</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="411"/>
        <source>Every %n min</source>
        <comment>auto-refresh interval in minutes</comment>
        <translation>
            <numerusform>%n 分ごと</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="426"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="429"/>
        <source>&amp;Failure alert…</source>
        <translation>失敗率アラート(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/WatchListPanel.cpp" line="361"/>
        <source>Co&amp;mpare with open batch</source>
        <translation>開いている更新バッチと比較(&amp;M)</translation>
    </message>
</context>
<context>
    <name>WatchListRefresher</name>
    <message>
        <location filename="../app/core/models/WatchListRefresher.cpp" line="20"/>
        <source>The credentials of profile %1 are not available.</source>
        <translation>プロファイル %1 の認証情報を利用できません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="88"/>
        <source>otadash: unsupported language &apos;%1&apos; for --lang; use en, ja or zh_CN.</source>
        <translation>otadash: --lang の言語 &apos;%1&apos; には対応していません。en、ja、zh_CN のいずれかを指定してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="93"/>
        <location filename="../app/main.cpp" line="216"/>
        <source>Run &apos;otadash --help&apos; for the options.</source>
        <translation>オプションについては &apos;otadash --help&apos; を実行してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="136"/>
        <source>The headless commands are run by otadash-cli.exe, a console program installed beside otadash.exe (%1). Run it in Command Prompt or PowerShell instead, for example:

otadash-cli %2 --help</source>
        <translation>ヘッドレスコマンドは、otadash.exe と同じ場所にインストールされたコンソールプログラム otadash-cli.exe (%1) が実行します。代わりにコマンドプロンプトまたは PowerShell で実行してください。例:

otadash-cli %2 --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="144"/>
        <source>otadash: the headless commands are run by otadash-cli, which cannot be started as %1: %2</source>
        <translation>otadash: ヘッドレスコマンドは otadash-cli が実行しますが、%1 として起動できません: %2</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="158"/>
        <source>Open the dashboard on the embedded demo endpoint.</source>
        <translation>組み込みのデモ用エンドポイントでダッシュボードを開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="159"/>
        <source>Query this batch at start.</source>
        <translation>起動時にこの更新バッチをクエリします。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="160"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="163"/>
        <source>With --job-id: query the batch with this profile.</source>
        <translation>--job-id と共に: このプロファイルで更新バッチをクエリします。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="164"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="167"/>
        <source>Save a PNG of the window after the first query, then quit.</source>
        <translation>最初のクエリの後にウィンドウを PNG で保存して終了します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="168"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="177"/>
        <source>Language of the user interface: en, ja or zh_CN (default: the one chosen in Preferences, else the system&apos;s).</source>
        <translation>ユーザーインターフェースの言語: en、ja、zh_CN (デフォルト: 設定で選択した言語、なければシステムの言語)。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="181"/>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="184"/>
        <source>Quit once the window has been painted (start-up benchmark).</source>
        <translation>ウィンドウを描画したら終了します (起動時間の計測用)。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="191"/>
        <source>Dashboard for the OTA update batches of Alibaba Cloud IoT Platform.

The headless commands (query, tasks, jobs, history, report, profile) are run by otadash-cli, a console program beside otadash: see &apos;otadash-cli --help&apos;. On Linux and macOS &apos;otadash COMMAND ...&apos; hands the command on to it.</source>
        <translation>Alibaba Cloud IoT Platform の OTA 更新バッチのためのダッシュボード。

ヘッドレスコマンド (query、tasks、jobs、history、report、profile) は、otadash と同じ場所にあるコンソールプログラム otadash-cli が実行します: &apos;otadash-cli --help&apos; を参照してください。Linux と macOS では &apos;otadash COMMAND ...&apos; でもコマンドが otadash-cli に渡されます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="203"/>
        <source>An otadash://batch/&lt;JobId&gt;?profile=&lt;name&gt; link to open. The dashboard already running for this user (demo or not, as this launch) opens it or the --job-id batch, and this launch ends; --screenshot and --quit-after-paint always run on their own.</source>
        <translation>開く otadash://batch/&lt;JobId&gt;?profile=&lt;name&gt; リンク。このユーザーで既に実行中のダッシュボード (この起動と同じくデモかどうか) がリンクまたは --job-id の更新バッチを開き、この起動は終了します。--screenshot と --quit-after-paint は常に単独で実行します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="208"/>
        <source>[link]</source>
        <translation>[リンク]</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="229"/>
        <source>otadash: give one link at most.</source>
        <translation>otadash: リンクは 1 つまでです。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="232"/>
        <source>otadash: give either a link or --job-id (with --profile), not both.</source>
        <translation>otadash: リンクか --job-id (--profile と共に) のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="243"/>
        <source>otadash: --profile goes with --job-id.</source>
        <translation>otadash: --profile は --job-id と共に指定します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="262"/>
        <source>otadash: the OtaDash already running did not answer within %1 seconds; it opens the batch once it responds. If it hangs, quit it and try again.</source>
        <translation>otadash: 実行中の OtaDash が %1 秒以内に応答しませんでした。応答すれば更新バッチを開きます。応答しないままなら終了してからやり直してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="272"/>
        <source>otadash: the OtaDash already running refused the request: %1</source>
        <translation>otadash: 実行中の OtaDash が要求を拒否しました: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="280"/>
        <source>otadash: later launches cannot reach this dashboard (%1); each opens a window of its own.</source>
        <translation>otadash: 後からの起動はこのダッシュボードに届きません (%1)。それぞれが自分のウィンドウを開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="316"/>
        <source>otadash: cannot open the link: %1</source>
        <translation>otadash: リンクを開けません: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="373"/>
        <source>otadash: the demo endpoint could not listen on the loopback interface</source>
        <translation>otadash: デモ用エンドポイントがループバックインターフェースで待ち受けできませんでした</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="171"/>
        <source>Tab to show: details or devices (default: details). With --screenshot and devices, the picture is taken once the task counts and the first tasks are there.</source>
        <translation>表示するタブ: details または devices (既定: details)。--screenshot と devices を指定すると、タスク数と最初のタスクがそろってから画像を保存します。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>TAB</source>
        <translation>TAB</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="402"/>
        <source>otadash: unknown tab &apos;%1&apos; for --tab; use details or devices.</source>
        <translation>otadash: --tab のタブ &apos;%1&apos; は不明です。details または devices を指定してください。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="474"/>
        <source>The extra CA certificates chosen in Preferences cannot be used: %1</source>
        <translation>設定で選んだ追加の CA 証明書を使えません: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="495"/>
        <source>otadash: old history was not removed: %1</source>
        <translation>otadash: 古い履歴を削除できませんでした: %1</translation>
    </message>
</context>
</TS>
