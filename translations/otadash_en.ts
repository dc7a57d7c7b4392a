<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="212"/>
        <source>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln minute ahead of this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="213"/>
        <source>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln minute behind this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="216"/>
        <source>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln hour ahead of this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="217"/>
        <source>The server&apos;s clock is %Ln hours behind this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln hour behind this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln hours behind this computer&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/AuditCommand.cpp" line="134"/>
        <source>%Ln target(s)</source>
        <translation>
            <numerusform>%Ln target</numerusform>
            <numerusform>%Ln targets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="138"/>
        <source>%1 of %Ln call(s) shown. Each row is one call: select it to see its targets.</source>
        <translation>
            <numerusform>%1 of %Ln call shown. Each row is one call: select it to see its targets.</numerusform>
            <numerusform>%1 of %Ln calls shown. Each row is one call: select it to see its targets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AuditLogDialog.cpp" line="165"/>
        <source>Saved %Ln call(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln call to %1.</numerusform>
            <numerusform>Saved %Ln calls to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchLint</name>
    <message numerus="yes">
        <location filename="../app/core/lint/BatchLint.cpp" line="180"/>
        <source>Devices have %n minute(s) to download, install and report the new version before their update counts as failed. Slow or mobile links and large packages often need longer, so devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API allows 1 to %2); set a longer timeout, such as 30 minutes or more.</source>
        <translation>
            <numerusform>Devices have %n minute to download, install and report the new version before their update counts as failed. Slow or mobile links and large packages often need longer, so devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API allows 1 to %2); set a longer timeout, such as 30 minutes or more.</numerusform>
            <numerusform>Devices have %n minutes to download, install and report the new version before their update counts as failed. Slow or mobile links and large packages often need longer, so devices that are still working fail. OtaDash flags timeouts under %1 minutes (the API allows 1 to %2); set a longer timeout, such as 30 minutes or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchPage</name>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="334"/>
        <source>older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>older than the refresh interval of %Ln s</numerusform>
            <numerusform>older than the refresh interval of %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="429"/>
        <source>Live: next read in %Ln s</source>
        <translation>
            <numerusform>Live: next read in %Ln s</numerusform>
            <numerusform>Live: next read in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln s</source>
        <translation>
            <numerusform>Every %Ln s</numerusform>
            <numerusform>Every %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchPage.cpp" line="447"/>
        <source>Every %Ln min</source>
        <translation>
            <numerusform>Every %Ln min</numerusform>
            <numerusform>Every %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchProgressView</name>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="628"/>
        <source>%1 of %Ln task(s) loaded.</source>
        <translation>
            <numerusform>%1 of %Ln task loaded.</numerusform>
            <numerusform>%1 of %Ln tasks loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="632"/>
        <source>%Ln task(s) loaded.</source>
        <translation>
            <numerusform>%Ln task loaded.</numerusform>
            <numerusform>%Ln tasks loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="634"/>
        <source>%Ln shown.</source>
        <comment>rows that pass the filter</comment>
        <translation>
            <numerusform>%Ln shown.</numerusform>
            <numerusform>%Ln shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="645"/>
        <source>%Ln task(s) were not seen: they changed status while the pages were read. Read again to look for them.</source>
        <translation>
            <numerusform>%Ln task was not seen: it changed status while the pages were read. Read again to look for it.</numerusform>
            <numerusform>%Ln tasks were not seen: they changed status while the pages were read. Read again to look for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="650"/>
        <source>Unfinished rows read again at %1 (%Ln changed) · %2.</source>
        <translation>
            <numerusform>Unfinished rows read again at %1 (%Ln changed) · %2.</numerusform>
            <numerusform>Unfinished rows read again at %1 (%Ln changed) · %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="655"/>
        <source>%Ln unfinished row(s) wait for the next round.</source>
        <translation>
            <numerusform>%Ln unfinished row waits for the next round.</numerusform>
            <numerusform>%Ln unfinished rows wait for the next round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="669"/>
        <source>%Ln task(s) are beyond the API&apos;s window of %1 rows per status and cannot be listed.</source>
        <translation>
            <numerusform>%Ln task is beyond the API&apos;s window of %1 rows per status and cannot be listed.</numerusform>
            <numerusform>%Ln tasks are beyond the API&apos;s window of %1 rows per status and cannot be listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="758"/>
        <source>%1 and %Ln more</source>
        <comment>names, then how many are not shown</comment>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="766"/>
        <source>Looking up %Ln device(s) on the server…</source>
        <translation>
            <numerusform>Looking up %Ln device on the server…</numerusform>
            <numerusform>Looking up %Ln devices on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="787"/>
        <source>%1 of %Ln listed device(s) are in this batch.</source>
        <translation>
            <numerusform>%1 of %Ln listed device is in this batch.</numerusform>
            <numerusform>%1 of %Ln listed devices are in this batch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="872"/>
        <source>Counted from %1 of %Ln failed task(s)</source>
        <translation>
            <numerusform>Counted from %1 of %Ln failed task</numerusform>
            <numerusform>Counted from %1 of %Ln failed tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="875"/>
        <source>Counted from all %Ln failed task(s)</source>
        <translation>
            <numerusform>Counted from the %Ln failed task</numerusform>
            <numerusform>Counted from all %Ln failed tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="944"/>
        <source>⚠ %Ln stuck</source>
        <comment>devices with no change past the timeout</comment>
        <translation>
            <numerusform>⚠ %Ln stuck</numerusform>
            <numerusform>⚠ %Ln stuck</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="945"/>
        <source>%Ln device(s) notified or in progress with no change for longer than the timeout (the task&apos;s, else the batch&apos;s TimeoutInMinutes). Click to show them.</source>
        <translation>
            <numerusform>%Ln device notified or in progress with no change for longer than the timeout (the task&apos;s, else the batch&apos;s TimeoutInMinutes). Click to show it.</numerusform>
            <numerusform>%Ln devices notified or in progress with no change for longer than the timeout (the task&apos;s, else the batch&apos;s TimeoutInMinutes). Click to show them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1004"/>
        <source>%1, older than the refresh interval of %Ln s</source>
        <translation>
            <numerusform>%1, older than the refresh interval of %Ln s</numerusform>
            <numerusform>%1, older than the refresh interval of %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1134"/>
        <source>&amp;Upgrade %Ln Selected Device(s) Again…</source>
        <translation>
            <numerusform>&amp;Upgrade %Ln Selected Device Again…</numerusform>
            <numerusform>&amp;Upgrade %Ln Selected Devices Again…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1137"/>
        <source>&amp;Confirm %Ln Selected Task(s)…</source>
        <translation>
            <numerusform>&amp;Confirm %Ln Selected Task…</numerusform>
            <numerusform>&amp;Confirm %Ln Selected Tasks…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1141"/>
        <source>Ca&amp;ncel %Ln Selected Device(s)…</source>
        <translation>
            <numerusform>Ca&amp;ncel %Ln Selected Device…</numerusform>
            <numerusform>Ca&amp;ncel %Ln Selected Devices…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/BatchProgressView.cpp" line="1149"/>
        <source>Upgrade &amp;All %Ln Failed Device(s) Again…</source>
        <translation>
            <numerusform>Upgrade &amp;All %Ln Failed Device Again…</numerusform>
            <numerusform>Upgrade &amp;All %Ln Failed Devices Again…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message numerus="yes">
        <location filename="../ui/CompareDialog.cpp" line="234"/>
        <source>%1 of %n field(s) differ</source>
        <translation>
            <numerusform>%1 of %n field differs</numerusform>
            <numerusform>%1 of %n fields differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsChart</name>
    <message numerus="yes">
        <location filename="../ui/CountsChart.cpp" line="168"/>
        <source>%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln device(s)</source>
        <translation>
            <numerusform>%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln device</numerusform>
            <numerusform>%1 failed (%2) · %3 in flight · %4 not started · %5 complete, of %Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountsSummary</name>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="36"/>
        <source>%Ln task(s): %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in flight; %7 not started.</source>
        <translation>
            <numerusform>%Ln task: %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in flight; %7 not started.</numerusform>
            <numerusform>%Ln tasks: %1 complete (%2), of them %3 succeeded, %4 failed and %5 canceled; %6 in flight; %7 not started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="63"/>
        <source>Tasks moved while they were counted: the statuses add up to %1 of the batch&apos;s %2 (%Ln task(s) changed status between two reads and were missed).</source>
        <translation>
            <numerusform>Tasks moved while they were counted: the statuses add up to %1 of the batch&apos;s %2 (%Ln task changed status between two reads and was missed).</numerusform>
            <numerusform>Tasks moved while they were counted: the statuses add up to %1 of the batch&apos;s %2 (%Ln tasks changed status between two reads and were missed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/ota/CountsSummary.cpp" line="68"/>
        <source>Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch&apos;s %2 (counted twice between two reads).</source>
        <translation>
            <numerusform>Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch&apos;s %2 (counted twice between two reads).</numerusform>
            <numerusform>Tasks moved while they were counted: the statuses add up to %1, %Ln more than the batch&apos;s %2 (counted twice between two reads).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryPanel</name>
    <message numerus="yes">
        <location filename="../ui/DiscoveryPanel.cpp" line="284"/>
        <source>Show its batches on the &amp;timeline (%n loaded)</source>
        <translation>
            <numerusform>Show its batches on the &amp;timeline (%n loaded)</numerusform>
            <numerusform>Show its batches on the &amp;timeline (%n loaded)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="556"/>
        <source>%Ln device(s)</source>
        <comment>product&apos;s device count</comment>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="278"/>
        <source>%Ln fetch(es)</source>
        <translation>
            <numerusform>%Ln fetch</numerusform>
            <numerusform>%Ln fetches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/HistoryCommand.cpp" line="280"/>
        <source>%Ln round(s) of task counts read without a fetch</source>
        <translation>
            <numerusform>%Ln round of task counts read without a fetch</numerusform>
            <numerusform>%Ln rounds of task counts read without a fetch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNoticeBar</name>
    <message numerus="yes">
        <location filename="../ui/HistoryNoticeBar.cpp" line="72"/>
        <source>%n field(s) changed since you last looked at %1. Hover a highlighted field to see what it was.</source>
        <translation>
            <numerusform>%n field changed since you last looked at %1. Hover a highlighted field to see what it was.</numerusform>
            <numerusform>%n fields changed since you last looked at %1. Hover a highlighted field to see what it was.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="256"/>
        <source>%n round(s) of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 succeeded.</source>
        <translation>
            <numerusform>%n round of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 succeeded.</numerusform>
            <numerusform>%n rounds of counts from %1 to %2. At the last, %3 of %4 devices finished, %5 succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/HistoryView.cpp" line="291"/>
        <source>Fetched %n time(s), first at %1, last at %2.</source>
        <translation>
            <numerusform>Fetched %n time, first at %1, last at %2.</numerusform>
            <numerusform>Fetched %n times, first at %1, last at %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="183"/>
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="194"/>
        <source>%1 tag(s)</source>
        <comment>number of tags; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 tag</numerusform>
            <numerusform>%1 tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/JobsCommand.cpp" line="194"/>
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln batch</numerusform>
            <numerusform>%Ln batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="1022"/>
        <source>Watch list (%n changed)</source>
        <translation>
            <numerusform>Watch list (%n changed)</numerusform>
            <numerusform>Watch list (%n changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollPlan</name>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="22"/>
        <source>%n min</source>
        <comment>an interval in minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="23"/>
        <source>%n s</source>
        <comment>an interval in seconds</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/services/PollPlan.cpp" line="108"/>
        <source>Refreshing %Ln batch(es) every %1 needs %2 requests a minute, more than the %3 the watch list may use (three quarters of the rate chosen in Preferences): they are refreshed every %4 instead.</source>
        <translation>
            <numerusform>Refreshing %Ln batch every %1 needs %2 requests a minute, more than the %3 the watch list may use (three quarters of the rate chosen in Preferences): it is refreshed every %4 instead.</numerusform>
            <numerusform>Refreshing %Ln batches every %1 needs %2 requests a minute, more than the %3 the watch list may use (three quarters of the rate chosen in Preferences): they are refreshed every %4 instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ui/PreferencesDialog.cpp" line="219"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="697"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n profile imported.</numerusform>
            <numerusform>%n profiles imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickOpenDialog</name>
    <message numerus="yes">
        <location filename="../ui/QuickOpenDialog.cpp" line="177"/>
        <source>%n match(es). Enter opens, Escape closes.</source>
        <translation>
            <numerusform>%n match. Enter opens, Escape closes.</numerusform>
            <numerusform>%n matches. Enter opens, Escape closes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message numerus="yes">
        <location filename="../ui/RetryNotice.cpp" line="93"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolloutEta</name>
    <message numerus="yes">
        <location filename="../app/core/ota/RolloutEta.cpp" line="134"/>
        <source>That is %Ln minute(s) after its scheduled end.</source>
        <translation>
            <numerusform>That is %Ln minute after its scheduled end.</numerusform>
            <numerusform>That is %Ln minutes after its scheduled end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/StatusCommand.cpp" line="287"/>
        <source>%Ln task(s):</source>
        <translation>
            <numerusform>%Ln task:</numerusform>
            <numerusform>%Ln tasks:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActionCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="167"/>
        <source>upgrade %Ln device task(s) of batch %1 again</source>
        <translation>
            <numerusform>upgrade %Ln device task of batch %1 again</numerusform>
            <numerusform>upgrade %Ln device tasks of batch %1 again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="168"/>
        <source>confirm %Ln device task(s) of batch %1</source>
        <translation>
            <numerusform>confirm %Ln device task of batch %1</numerusform>
            <numerusform>confirm %Ln device tasks of batch %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="176"/>
        <source>Would %1 with %Ln call(s) of %2:</source>
        <translation>
            <numerusform>Would %1 with %Ln call of %2:</numerusform>
            <numerusform>Would %1 with %Ln calls of %2:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="195"/>
        <source>Sending: %1, %Ln call(s) of %2.</source>
        <translation>
            <numerusform>Sending: %1, %Ln call of %2.</numerusform>
            <numerusform>Sending: %1, %Ln calls of %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="212"/>
        <source>call %1 of %2 (%Ln task(s))</source>
        <translation>
            <numerusform>call %1 of %2 (%Ln task)</numerusform>
            <numerusform>call %1 of %2 (%Ln tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TaskActionCommand.cpp" line="235"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch, then send again.</source>
        <translation>
            <numerusform>%Ln call was not sent after the unknown outcome: look at the batch, then send again.</numerusform>
            <numerusform>%Ln calls were not sent after the unknown outcome: look at the batch, then send again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskActionDialog</name>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="160"/>
        <source>Call %1 of %2 (%Ln device(s))</source>
        <translation>
            <numerusform>Call %1 of %2 (%Ln device)</numerusform>
            <numerusform>Call %1 of %2 (%Ln devices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="182"/>
        <source>%Ln call(s) were not sent after the unknown outcome: look at the batch before you send again.</source>
        <translation>
            <numerusform>%Ln call was not sent after the unknown outcome: look at the batch before you send again.</numerusform>
            <numerusform>%Ln calls were not sent after the unknown outcome: look at the batch before you send again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="203"/>
        <source>%Ln call(s) of at most 100 devices</source>
        <translation>
            <numerusform>%Ln call of at most 100 devices</numerusform>
            <numerusform>%Ln calls of at most 100 devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="204"/>
        <source>%Ln call(s) of at most 10 tasks</source>
        <translation>
            <numerusform>%Ln call of at most 10 tasks</numerusform>
            <numerusform>%Ln calls of at most 10 tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="209"/>
        <source>The tasks of %Ln device(s) in batch %1 will be canceled: these devices stop upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already finished are not affected.</source>
        <translation>
            <numerusform>The tasks of %Ln device in batch %1 will be canceled: this device stops upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already finished are not affected.</numerusform>
            <numerusform>The tasks of %Ln devices in batch %1 will be canceled: these devices stop upgrading to firmware %2 (CancelOTATaskByDevice, %3). Devices that already finished are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="214"/>
        <source>Cancel the &amp;tasks of %Ln device(s)</source>
        <translation>
            <numerusform>Cancel the &amp;tasks of %Ln device</numerusform>
            <numerusform>Cancel the &amp;tasks of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="220"/>
        <source>%Ln device(s) of batch %1 will be upgraded again from the start (ReupgradeOTATask, %2).</source>
        <translation>
            <numerusform>%Ln device of batch %1 will be upgraded again from the start (ReupgradeOTATask, %2).</numerusform>
            <numerusform>%Ln devices of batch %1 will be upgraded again from the start (ReupgradeOTATask, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="229"/>
        <source>%Ln device(s) of batch %1 will start upgrading (ConfirmOTATask, %2).</source>
        <translation>
            <numerusform>%Ln device of batch %1 will start upgrading (ConfirmOTATask, %2).</numerusform>
            <numerusform>%Ln devices of batch %1 will start upgrading (ConfirmOTATask, %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="224"/>
        <source>&amp;Upgrade %Ln device(s) again</source>
        <translation>
            <numerusform>&amp;Upgrade %Ln device again</numerusform>
            <numerusform>&amp;Upgrade %Ln devices again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TaskActionDialog.cpp" line="232"/>
        <source>&amp;Confirm %Ln task(s)</source>
        <translation>
            <numerusform>&amp;Confirm %Ln task</numerusform>
            <numerusform>&amp;Confirm %Ln tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="121"/>
        <source>Fetched %Ln task(s)</source>
        <translation>
            <numerusform>Fetched %Ln task</numerusform>
            <numerusform>Fetched %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="122"/>
        <source>Fetched %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Fetched %1 of %Ln task</numerusform>
            <numerusform>Fetched %1 of %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/TasksCommand.cpp" line="160"/>
        <source>warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one status.</source>
        <translation>
            <numerusform>warning: %Ln more task could not be listed: the API serves at most %1 tasks of one status.</numerusform>
            <numerusform>warning: %Ln more tasks could not be listed: the API serves at most %1 tasks of one status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="103"/>
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="105"/>
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="107"/>
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/util/TimeText.cpp" line="108"/>
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>updated %n d ago</numerusform>
            <numerusform>updated %n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message numerus="yes">
        <location filename="../app/cli/VerifyCommand.cpp" line="111"/>
        <source>Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln report another version.</source>
        <translation>
            <numerusform>Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln reports another version.</numerusform>
            <numerusform>Batch %1: %2 succeeded, %3 checked (%4) at %5: %Ln report another version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifySuccessDialog</name>
    <message numerus="yes">
        <location filename="../ui/VerifySuccessDialog.cpp" line="164"/>
        <source>%1 succeeded, %2 checked (%3), read %4: %Ln report another version.</source>
        <translation>
            <numerusform>%1 succeeded, %2 checked (%3), read %4: %Ln reports another version.</numerusform>
            <numerusform>%1 succeeded, %2 checked (%3), read %4: %Ln report another version.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/VerifySuccessDialog.cpp" line="195"/>
        <source>Batch %1 counts %Ln device(s) as upgraded. Ask them which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</source>
        <translation>
            <numerusform>Batch %1 counts %Ln device as upgraded. Ask it which version it reports now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</numerusform>
            <numerusform>Batch %1 counts %Ln devices as upgraded. Ask them which version they report now (BatchQueryDeviceDetail, 100 devices a call, at most 5 calls a second, after every other request): a device that rolled back or never restarted into the new firmware is listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="557"/>
        <source>Stalled: no device has finished for %Ln minute(s) or more.</source>
        <translation>
            <numerusform>Stalled: no device has finished for %Ln minute or more.</numerusform>
            <numerusform>Stalled: no device has finished for %Ln minutes or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="619"/>
        <source>Complete over the last %Ln count round(s): %1 at %2, %3 at %4.</source>
        <translation>
            <numerusform>Complete over the last %Ln count round: %1 at %2, %3 at %4.</numerusform>
            <numerusform>Complete over the last %Ln count rounds: %1 at %2, %3 at %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="624"/>
        <source>%1 devices finished a minute over the last %Ln minute(s).</source>
        <translation>
            <numerusform>%1 devices finished a minute over the last %Ln minute.</numerusform>
            <numerusform>%1 devices finished a minute over the last %Ln minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="651"/>
        <source>Older than the auto-refresh interval of %Ln s: the last refreshes did not reach it.</source>
        <translation>
            <numerusform>Older than the auto-refresh interval of %Ln s: the last refreshes did not reach it.</numerusform>
            <numerusform>Older than the auto-refresh interval of %Ln s: the last refreshes did not reach it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="737"/>
        <source>A running batch is marked stalled after %Ln minute(s) without a finished device (Preferences).</source>
        <translation>
            <numerusform>A running batch is marked stalled after %Ln minute without a finished device (Preferences).</numerusform>
            <numerusform>A running batch is marked stalled after %Ln minutes without a finished device (Preferences).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="755"/>
        <source>%1, %Ln min late</source>
        <comment>finish estimate after the scheduled finish</comment>
        <translation>
            <numerusform>%1, %Ln min late</numerusform>
            <numerusform>%1, %Ln min late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="409"/>
        <source>Every %n s</source>
        <comment>auto-refresh interval in seconds</comment>
        <translation>
            <numerusform>Every %n s</numerusform>
            <numerusform>Every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/WatchListPanel.cpp" line="411"/>
        <source>Every %n min</source>
        <comment>auto-refresh interval in minutes</comment>
        <translation>
            <numerusform>Every %n min</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
</context>
</TS>
