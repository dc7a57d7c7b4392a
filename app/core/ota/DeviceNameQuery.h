#pragma once

#include <QString>
#include <QStringList>

// What the Devices tab's name box holds: part of one name (a filter over the rows loaded), or a list of
// names (one per line, separated by commas, semicolons or spaces, or a CSV table with a DeviceName column,
// as the task export writes it) that names exactly the devices to show.
struct DeviceNameQuery
{
    // Distinct, in the order given; only tokens that can be a device name.
    QStringList names;
    // Tokens that cannot be a device name (isDeviceName()), distinct, in the order given.
    QStringList invalid;
    // The text names a list (it has a separator): its names match exactly. Else it is one token, which
    // filters by part of a name and, when it can be a whole name, is looked up as one.
    bool isList = false;

    bool isEmpty() const { return names.isEmpty() && invalid.isEmpty(); }
};

DeviceNameQuery parseDeviceNameQuery(const QString &text);

// A name the IoT Platform accepts for a device: 4 to 32 characters, letters, digits and - _ . @ :.
bool isDeviceName(QStringView text);
