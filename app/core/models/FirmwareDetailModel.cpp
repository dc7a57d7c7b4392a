#include "models/FirmwareDetailModel.h"

#include "util/DisplayZone.h"

#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

class FirmwareDetailModel::FilesModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setFiles(const QList<FirmwareFile> &files)
    {
        beginResetModel();
        m_files = files;
        endResetModel();
    }
    void retranslate() { emit headerDataChanged(Qt::Horizontal, 0, 2); }
    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_files.size());
    }
    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const FirmwareFile &file = m_files.at(index.row());
        if (role == Qt::DisplayRole) {
            if (index.column() == 0)
                return file.name;
            if (index.column() == 1)
                return file.size < 0 ? QString() : FirmwareDetailModel::sizeText(file.size);
            return file.md5;
        }
        if (role == Qt::ToolTipRole && index.column() == 0)
            return file.url;
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case 0:
            return FirmwareDetailModel::tr("File");
        case 1:
            return FirmwareDetailModel::tr("Size");
        default:
            return FirmwareDetailModel::tr("MD5");
        }
    }

private:
    QList<FirmwareFile> m_files;
};

FirmwareDetailModel::FirmwareDetailModel(QObject *parent)
    : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone()), m_files(new FilesModel(this))
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &FirmwareDetailModel::setTimeZone);
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &FirmwareDetailModel::retranslate);
}

QAbstractItemModel *FirmwareDetailModel::filesModel() const
{
    return m_files;
}

void FirmwareDetailModel::setFirmware(const std::optional<FirmwareDetail> &firmware)
{
    beginResetModel();
    m_firmware = firmware;
    endResetModel();
    m_files->setFiles(firmware ? firmware->files : QList<FirmwareFile>());
}

void FirmwareDetailModel::setTimeZone(const QTimeZone &zone)
{
    m_timeZone = zone;
    retranslate();
}

void FirmwareDetailModel::retranslate()
{
    if (m_firmware)
        emit dataChanged(index(0, 0), index(RowCount - 1, ColumnCount - 1));
    m_files->retranslate();
}

QString FirmwareDetailModel::statusText(int status, int verifyProgress)
{
    switch (status) {
    case -1:
        return tr("No verification needed");
    case 0:
        return tr("Not verified");
    case 1:
        return tr("Verified");
    case 2:
        return verifyProgress >= 0 ? tr("Being verified (%1 %)").arg(verifyProgress) : tr("Being verified");
    case 3:
        return tr("Verification failed");
    default:
        break;
    }
    return tr("Unknown status %1").arg(status);
}

QString FirmwareDetailModel::sizeText(qint64 bytes)
{
    const QLocale locale;
    return tr("%1 (%2 bytes)").arg(locale.formattedDataSize(bytes), locale.toString(bytes));
}

int FirmwareDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_firmware ? 0 : RowCount;
}

int FirmwareDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FirmwareDetailModel::label(Row row) const
{
    switch (row) {
    case Name:
        return tr("Package name");
    case FirmwareId:
        return tr("Package ID");
    case Type:
        return tr("Package type");
    case Versions:
        return tr("Versions");
    case Module:
        return tr("Module");
    case Size:
        return tr("Size");
    case SignMethod:
        return tr("Sign method");
    case Signature:
        return tr("Signature");
    case Verification:
        return tr("Verification");
    case Created:
        return tr("Created");
    case DownloadUrl:
        return tr("Download URL");
    case RowCount:
        break;
    }
    return {};
}

QString FirmwareDetailModel::value(Row row) const
{
    const FirmwareInfo &info = m_firmware->info;
    switch (row) {
    case Name:
        return info.firmwareName;
    case FirmwareId:
        return info.firmwareId;
    case Type:
        return info.type == 1 ? tr("Differential package") : tr("Full package");
    case Versions:
        return info.srcVersion.isEmpty() ? info.destVersion
                                         : tr("%1 → %2").arg(info.srcVersion, info.destVersion);
    case Module:
        return info.moduleName.isEmpty() ? u"default"_s : info.moduleName;
    case Size:
        return info.firmwareSize > 0 ? sizeText(info.firmwareSize) : QString();
    case SignMethod:
        return info.signMethod;
    case Signature:
        return info.firmwareSign;
    case Verification:
        return statusText(info.status, m_firmware->verifyProgress);
    case Created:
        return TimeText::inZone(info.utcCreate, m_timeZone);
    case DownloadUrl:
        return m_firmware->firmwareUrl;
    case RowCount:
        break;
    }
    return {};
}

QVariant FirmwareDetailModel::data(const QModelIndex &index, int role) const
{
    if (!m_firmware || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto row = Row(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == Label ? label(row) : value(row);
    if (role == Qt::ToolTipRole && index.column() == Value) {
        if (row == Created && m_firmware->info.utcCreate.isValid())
            return tr("%1 UTC").arg(TimeText::inZone(m_firmware->info.utcCreate, QTimeZone::utc()));
        if (row == Signature || row == DownloadUrl)
            return value(row);
    }
    return {};
}
