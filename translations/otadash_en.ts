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
    <name>ProfileDialog</name>
    <message numerus="yes">
        <location filename="../ui/ProfileDialog.cpp" line="614" />
        <source>%n profile(s) imported.</source>
        <translation><numerusform>%n profile imported.</numerusform><numerusform>%n profiles imported.</numerusform></translation>
    </message>
</context>
</TS>
