<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="160" />
        <source>The server's clock is %Ln minutes ahead of this computer's.</source>
        <translation><numerusform>The server's clock is %Ln minute ahead of this computer's.</numerusform><numerusform>The server's clock is %Ln minutes ahead of this computer's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="161" />
        <source>The server's clock is %Ln minutes behind this computer's.</source>
        <translation><numerusform>The server's clock is %Ln minute behind this computer's.</numerusform><numerusform>The server's clock is %Ln minutes behind this computer's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="164" />
        <source>The server's clock is %Ln hours ahead of this computer's.</source>
        <translation><numerusform>The server's clock is %Ln hour ahead of this computer's.</numerusform><numerusform>The server's clock is %Ln hours ahead of this computer's.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="165" />
        <source>The server's clock is %Ln hours behind this computer's.</source>
        <translation><numerusform>The server's clock is %Ln hour behind this computer's.</numerusform><numerusform>The server's clock is %Ln hours behind this computer's.</numerusform></translation>
    </message>
</context>
<context>
    <name>BatchProgressView</name>
    <message numerus="yes">
        <source>%1 succeeded · %2 failed · of %Ln device(s)</source>
        <translation>
            <numerusform>%1 succeeded · %2 failed · of %Ln device</numerusform>
            <numerusform>%1 succeeded · %2 failed · of %Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln task(s) loaded.</source>
        <translation>
            <numerusform>%1 of %Ln task loaded.</numerusform>
            <numerusform>%1 of %Ln tasks loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) loaded.</source>
        <translation>
            <numerusform>%Ln task loaded.</numerusform>
            <numerusform>%Ln tasks loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown.</source>
        <comment>rows that pass the filter</comment>
        <translation>
            <numerusform>%Ln shown.</numerusform>
            <numerusform>%Ln shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln task(s) are beyond the API&apos;s window of %1 rows per status and cannot be listed.</source>
        <translation>
            <numerusform>%Ln task is beyond the API&apos;s window of %1 rows per status and cannot be listed.</numerusform>
            <numerusform>%Ln tasks are beyond the API&apos;s window of %1 rows per status and cannot be listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted from the %1 loaded of %Ln failed task(s).</source>
        <translation>
            <numerusform>Counted from the %1 loaded of %Ln failed task.</numerusform>
            <numerusform>Counted from the %1 loaded of %Ln failed tasks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted from all %Ln failed task(s).</source>
        <translation>
            <numerusform>Counted from the %Ln failed task.</numerusform>
            <numerusform>Counted from all %Ln failed tasks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <comment>product&apos;s device count</comment>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobDetailModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="122" />
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation><numerusform>%1 minute</numerusform><numerusform>%1 minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="133" />
        <source>%1 tag(s)</source>
        <comment>number of tags; plural chosen by the number</comment>
        <translation><numerusform>%1 tag</numerusform><numerusform>%1 tags</numerusform></translation>
    </message>
</context>
<context>
    <name>JobsCommand</name>
    <message numerus="yes">
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
        <source>Watch list (%n changed)</source>
        <translation>
            <numerusform>Watch list (%n changed)</numerusform>
            <numerusform>Watch list (%n changed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="614" />
        <source>%n profile(s) imported.</source>
        <translation><numerusform>%n profile imported.</numerusform><numerusform>%n profiles imported.</numerusform></translation>
    </message>
</context>
<context>
    <name>TasksCommand</name>
    <message numerus="yes">
        <source>Fetched %Ln task(s)</source>
        <translation>
            <numerusform>Fetched %Ln task</numerusform>
            <numerusform>Fetched %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %1 of %Ln task(s)</source>
        <translation>
            <numerusform>Fetched %1 of %Ln task</numerusform>
            <numerusform>Fetched %1 of %Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %Ln more task(s) could not be listed: the API serves at most %1 tasks of one status.</source>
        <translation>
            <numerusform>warning: %Ln more task could not be listed: the API serves at most %1 tasks of one status.</numerusform>
            <numerusform>warning: %Ln more tasks could not be listed: the API serves at most %1 tasks of one status.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>updated %n d ago</numerusform>
            <numerusform>updated %n d ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListPanel</name>
    <message numerus="yes">
        <source>Every %n s</source>
        <comment>auto-refresh interval in seconds</comment>
        <translation>
            <numerusform>Every %n s</numerusform>
            <numerusform>Every %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n min</source>
        <comment>auto-refresh interval in minutes</comment>
        <translation>
            <numerusform>Every %n min</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
</context>
</TS>
