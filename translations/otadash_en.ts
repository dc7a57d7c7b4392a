<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="162"/>
        <source>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln minute ahead of this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln minutes ahead of this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="163"/>
        <source>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln minute behind this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln minutes behind this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="166"/>
        <source>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln hour ahead of this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln hours ahead of this computer&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/api/ApiError.cpp" line="167"/>
        <source>The server&apos;s clock is %Ln hours behind this computer&apos;s.</source>
        <translation>
            <numerusform>The server&apos;s clock is %Ln hour behind this computer&apos;s.</numerusform>
            <numerusform>The server&apos;s clock is %Ln hours behind this computer&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryTreeModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/DiscoveryTreeModel.cpp" line="530"/>
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
        <location filename="../app/core/models/JobDetailModel.cpp" line="122"/>
        <source>%1 min</source>
        <comment>minutes; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 minute</numerusform>
            <numerusform>%1 minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/JobDetailModel.cpp" line="133"/>
        <source>%1 tag(s)</source>
        <comment>number of tags; plural chosen by the number</comment>
        <translation>
            <numerusform>%1 tag</numerusform>
            <numerusform>%1 tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="615"/>
        <source>%n profile(s) imported.</source>
        <translation>
            <numerusform>%n profile imported.</numerusform>
            <numerusform>%n profiles imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchListModel</name>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="217"/>
        <source>updated %n s ago</source>
        <comment>seconds since the last refresh</comment>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="219"/>
        <source>updated %n min ago</source>
        <comment>minutes since the last refresh</comment>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="221"/>
        <source>updated %n h ago</source>
        <comment>hours since the last refresh</comment>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/models/WatchListModel.cpp" line="222"/>
        <source>updated %n d ago</source>
        <comment>days since the last refresh</comment>
        <translation>
            <numerusform>updated %n d ago</numerusform>
            <numerusform>updated %n d ago</numerusform>
        </translation>
    </message>
</context>
</TS>
