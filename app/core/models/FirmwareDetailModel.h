#pragma once

#include "ota/FirmwareInfo.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

// The firmware behind a batch as the form's Firmware section shows it: one row per fact (name, ID, type,
// versions, module, size, sign method and signature, verification with its progress, created, download URL),
// label and value in the UI language; the files of a multi-file package are in filesModel().
class FirmwareDetailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Label, Value, ColumnCount };
    enum Row {
        Name,
        FirmwareId,
        Type,
        Versions,
        Module,
        Size,
        SignMethod,
        Signature,
        Verification,
        Created,
        DownloadUrl,
        RowCount
    };
    Q_ENUM(Row)

    explicit FirmwareDetailModel(QObject *parent = nullptr);

    void setFirmware(const std::optional<FirmwareDetail> &firmware);
    const std::optional<FirmwareDetail> &firmware() const { return m_firmware; }
    void setTimeZone(const QTimeZone &zone);
    // Name, Size, MD5 of each file (rows), when the package has several.
    QAbstractItemModel *filesModel() const;

    // "Verified", "Verification failed", "Being verified (40 %)", … for Status (and VerifyProgress).
    static QString statusText(int status, int verifyProgress = -1);
    // "12.5 MB (13,107,200 bytes)".
    static QString sizeText(qint64 bytes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString label(Row row) const;
    QString value(Row row) const;
    void retranslate();

    std::optional<FirmwareDetail> m_firmware;
    QTimeZone m_timeZone;
    class FilesModel;
    FilesModel *m_files;
};
