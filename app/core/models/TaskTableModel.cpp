#include "models/TaskTableModel.h"

#include "util/DisplayZone.h"

#include "ota/StuckTask.h"

#include "util/LanguageChangeWatcher.h"
#include "util/TimeText.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <limits>
#include <numeric>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
constexpr quint16 kMaxTextSize = std::numeric_limits<quint16>::max();

inline char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// UTF-8 text in code point order ignoring ASCII case, with runs of digits compared by value (dev-9 before
// dev-10, 1.9.0 before 1.10.0); of two equal values the run with fewer leading zeros first.
int naturalCompare(QByteArrayView a, QByteArrayView b)
{
    const char *pa = a.data();
    const char *pb = b.data();
    const char *const ea = pa + a.size();
    const char *const eb = pb + b.size();
    int tie = 0;
    while (pa < ea && pb < eb) {
        if (isDigit(*pa) && isDigit(*pb)) {
            const char *za = pa;
            while (za < ea && *za == '0')
                ++za;
            const char *zb = pb;
            while (zb < eb && *zb == '0')
                ++zb;
            const char *na = za;
            while (na < ea && isDigit(*na))
                ++na;
            const char *nb = zb;
            while (nb < eb && isDigit(*nb))
                ++nb;
            if (na - za != nb - zb)
                return na - za < nb - zb ? -1 : 1;
            const int digits = std::memcmp(za, zb, size_t(na - za));
            if (digits != 0)
                return digits < 0 ? -1 : 1;
            if (tie == 0 && na - pa != nb - pb)
                tie = na - pa < nb - pb ? -1 : 1;
            pa = na;
            pb = nb;
            continue;
        }
        const uchar ca = uchar(foldAscii(*pa));
        const uchar cb = uchar(foldAscii(*pb));
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++pa;
        ++pb;
    }
    if (pa != ea || pb != eb)
        return pa == ea ? -1 : 1;
    return tie;
}

// The first 16 bytes of a byte string whose order is naturalCompare's: ASCII folded, a run of digits as
// '0', its number of significant digits, the digits. Keys that differ order their texts; equal keys leave
// it to naturalCompare (a longer text, or a difference in leading zeros or case only).
struct NaturalKey
{
    quint64 high;
    quint64 low;
};

NaturalKey naturalKey(QByteArrayView text)
{
    uchar key[16] = {};
    int n = 0;
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end && n < 16) {
        if (!isDigit(*p)) {
            key[n++] = uchar(foldAscii(*p++));
            continue;
        }
        while (p < end && *p == '0')
            ++p;
        const char *digitsEnd = p;
        while (digitsEnd < end && isDigit(*digitsEnd))
            ++digitsEnd;
        const qsizetype digits = digitsEnd - p;
        key[n++] = '0'; // any digit compares with other characters as '0' does
        if (n < 16)
            key[n++] = uchar(qMin<qsizetype>(digits, 0xff));
        if (digits >= 0xff)
            break; // longer numbers than a length byte can tell apart: equal keys from here
        while (p < digitsEnd && n < 16)
            key[n++] = uchar(*p++);
        p = digitsEnd;
    }
    NaturalKey result {0, 0};
    for (int i = 0; i < 8; ++i) {
        result.high = (result.high << 8) | key[i];
        result.low = (result.low << 8) | key[8 + i];
    }
    return result;
}

struct SortItem
{
    quint64 high;
    quint64 low;
    quint32 row;
};

// Stable LSD radix sort by (high, low), a byte a pass. The histograms of all 16 bytes come from one read;
// a pass in which all items share the byte is skipped, so a status or a progress takes one pass.
void radixSort(std::vector<SortItem> &items)
{
    const auto digit = [](const SortItem &item, int pass) {
        return size_t(((pass >= 8 ? item.high : item.low) >> ((pass % 8) * 8)) & 0xff);
    };
    std::vector<std::array<quint32, 256>> counts(16);
    for (const SortItem &item : items) {
        for (int pass = 0; pass < 16; ++pass)
            ++counts[size_t(pass)][digit(item, pass)];
    }
    std::vector<SortItem> buffer;
    for (int pass = 0; pass < 16; ++pass) {
        std::array<quint32, 256> &count = counts[size_t(pass)];
        if (std::find(count.begin(), count.end(), quint32(items.size())) != count.end())
            continue;
        quint32 offset = 0;
        for (quint32 &bucket : count)
            offset += std::exchange(bucket, offset);
        buffer.resize(items.size());
        for (const SortItem &item : items)
            buffer[count[digit(item, pass)]++] = item;
        items.swap(buffer);
    }
}

template<typename T> int compareValues(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool isAscii(QByteArrayView text)
{
    for (const char c : text) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// folded: the needle in lower-case ASCII; haystack ASCII.
bool containsFolded(QByteArrayView haystack, QByteArrayView folded)
{
    const qsizetype n = haystack.size();
    const qsizetype m = folded.size();
    for (qsizetype i = 0; i + m <= n; ++i) {
        qsizetype j = 0;
        while (j < m && foldAscii(haystack[i + j]) == folded[j])
            ++j;
        if (j == m)
            return true;
    }
    return false;
}

// Bytes kept elsewhere, seen as a QByteArray without a copy (for a lookup while they live).
QByteArray rawBytes(QByteArrayView bytes)
{
    return QByteArray::fromRawData(bytes.data(), bytes.size());
}

bool isPooledColumn(int column)
{
    return column == TaskTableModel::FailureReason || column == TaskTableModel::SourceVersion
            || column == TaskTableModel::DestinationVersion;
}

} // namespace

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent), m_timeZone(DisplayZone::zone())
{
    // Times in the zone chosen in Preferences, also when it changes.
    connect(DisplayZone::instance(), &DisplayZone::changed, this, &TaskTableModel::setTimeZone);
    m_pool.append(QString());
    m_poolIds.insert(QString(), 0);
    m_poolUtf8.emplace_back();
    connect(new LanguageChangeWatcher(this), &LanguageChangeWatcher::languageChanged, this,
            &TaskTableModel::retranslate);
}

TaskTableModel::~TaskTableModel() = default;

QByteArrayView TaskTableModel::deviceNameOf(const Row &row) const
{
    return QByteArrayView(m_text.data() + row.textOffset, row.nameSize);
}

QByteArrayView TaskTableModel::taskIdOf(const Row &row) const
{
    return QByteArrayView(m_text.data() + row.textOffset + row.nameSize, row.taskIdSize);
}

QByteArrayView TaskTableModel::iotIdOf(const Row &row) const
{
    return QByteArrayView(m_text.data() + row.textOffset + row.nameSize + row.taskIdSize, row.iotIdSize);
}

quint32 TaskTableModel::intern(const QString &text)
{
    if (text.isEmpty())
        return 0;
    const auto it = m_poolIds.constFind(text);
    if (it != m_poolIds.constEnd())
        return it.value();
    const quint32 id = quint32(m_pool.size());
    m_pool.append(text);
    m_poolIds.insert(text, id);
    m_poolUtf8.push_back(text.toUtf8());
    return id;
}

namespace {
// A slot of the TaskId index: the 32-bit hash of the ID above, row + 1 below; 0 is a free slot.
inline quint32 taskIdHash(QByteArrayView taskId)
{
    return quint32(qHash(taskId, 0));
}
} // namespace

qint64 TaskTableModel::findTaskId(QByteArrayView taskId) const
{
    if (m_taskIdSlots.empty())
        return -1;
    const quint32 hash = taskIdHash(taskId);
    const size_t mask = m_taskIdSlots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint64 slot = m_taskIdSlots[i];
        if (slot == 0)
            return -1;
        // The stored hash spares reading the row's text for all but true matches.
        if (quint32(slot >> 32) == hash && taskIdOf(m_rows[quint32(slot) - 1]) == taskId)
            return qint64(quint32(slot) - 1);
    }
}

int TaskTableModel::updateTasks(const QList<TaskInfo> &tasks)
{
    int changed = 0;
    for (const TaskInfo &task : tasks) {
        const QByteArray taskId = task.taskId.toUtf8();
        const qint64 found = taskId.isEmpty() ? -1 : findTaskId(taskId);
        if (found < 0)
            continue;
        Row &row = m_rows[size_t(found)];
        const quint8 status = task.taskStatus ? static_cast<quint8>(*task.taskStatus) : kUnknownStatus;
        const qint8 progress = qint8(task.progress < 0 ? -1 : qMin(task.progress, 100));
        const qint64 modified = task.utcModified.isValid() ? task.utcModified.toMSecsSinceEpoch() : kNoTime;
        const quint32 desc = task.taskDesc.isEmpty() ? 0 : intern(task.taskDesc);
        const quint32 code = task.taskStatusCode.isEmpty() ? 0 : intern(task.taskStatusCode);
        const quint32 src = task.srcVersion.isEmpty() ? 0 : intern(task.srcVersion);
        if (row.status == status && row.progress == progress && row.utcModifiedMs == modified
            && row.taskDesc == desc && row.statusCode == code && row.srcVersion == src)
            continue;
        if (row.status != kUnknownStatus)
            --m_statusCounts[static_cast<TaskStatus>(row.status)];
        if (status != kUnknownStatus)
            ++m_statusCounts[static_cast<TaskStatus>(status)];
        row.status = status;
        row.progress = progress;
        row.utcModifiedMs = modified;
        row.taskDesc = desc;
        row.statusCode = code;
        row.srcVersion = src;
        row.timeoutMinutes = qint32(task.timeoutMinutes);
        ++changed;
    }
    if (changed == 0)
        return 0;
    relayout(QAbstractItemModel::NoLayoutChangeHint);
    emit tasksUpdated(changed);
    return changed;
}

QStringList TaskTableModel::deviceNamesOf(quint8 statusBits, int limit, qint64 from,
                                          const QSet<QString> &skip, qint64 *next, qint64 *matching) const
{
    QStringList names;
    qint64 qualifying = 0;
    const size_t count = m_rows.size();
    const size_t start = count == 0 ? 0 : size_t(std::clamp<qint64>(from, 0, qint64(count))) % count;
    size_t resume = start;
    for (size_t i = 0; i < count; ++i) {
        const size_t r = (start + i) % count;
        const Row &row = m_rows[r];
        if (row.status == kUnknownStatus
            || !(statusBits & TaskStatuses::bit(static_cast<TaskStatus>(row.status))))
            continue;
        if (!skip.isEmpty() && skip.contains(QString::fromUtf8(taskIdOf(row))))
            continue;
        ++qualifying;
        if (names.size() < limit) {
            const QByteArrayView name = deviceNameOf(row);
            names.append(QString::fromUtf8(name.data(), name.size()));
            resume = (r + 1) % count;
        }
    }
    if (next)
        *next = qint64(resume);
    if (matching)
        *matching = qualifying;
    return names;
}

void TaskTableModel::relayout(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<quint32> fromRows;
    fromRows.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        fromRows.push_back(m_visible[size_t(index.row())]);
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_passes[r] = passes(m_rows[r]);
    sortRows(m_sortColumn, m_sortOrder);
    rebuildVisible();
    if (!from.isEmpty()) {
        std::vector<int> position(m_rows.size(), -1);
        for (size_t i = 0; i < m_visible.size(); ++i)
            position[m_visible[i]] = int(i);
        QModelIndexList to;
        to.reserve(from.size());
        for (qsizetype i = 0; i < from.size(); ++i) {
            const int at = position[fromRows[size_t(i)]];
            to.append(at < 0 ? QModelIndex() : index(at, from.at(i).column()));
        }
        changePersistentIndexList(from, to);
    }
    emit layoutChanged({}, hint);
}

void TaskTableModel::indexTaskId(quint32 row)
{
    const auto place = [this](quint64 entry) {
        const size_t mask = m_taskIdSlots.size() - 1;
        size_t i = size_t(entry >> 32) & mask;
        while (m_taskIdSlots[i] != 0)
            i = (i + 1) & mask;
        m_taskIdSlots[i] = entry;
    };
    // At most half full, so that probes stay short; grown by doubling, entries placed again by their hash.
    if (m_rows.size() * 2 > m_taskIdSlots.size()) {
        size_t capacity = qMax<size_t>(1024, m_taskIdSlots.size());
        while (m_rows.size() * 2 > capacity)
            capacity *= 2;
        std::vector<quint64> old(capacity, 0);
        old.swap(m_taskIdSlots);
        for (const quint64 entry : old) {
            if (entry != 0)
                place(entry);
        }
    }
    place((quint64(taskIdHash(taskIdOf(m_rows[row]))) << 32) | (row + 1));
}

void TaskTableModel::appendTasks(const QList<TaskInfo> &tasks)
{
    m_fetchRequested = false;
    const quint32 first = quint32(m_rows.size());
    const auto put = [this](const QByteArray &bytes) {
        const qsizetype size = qMin<qsizetype>(bytes.size(), kMaxTextSize);
        m_text.insert(m_text.end(), bytes.constData(), bytes.constData() + size);
        return quint16(size);
    };
    // Neighbouring tasks mostly share job, product, firmware and versions: the last ID of each field is tried
    // before the pool's hash.
    enum Field {
        JobId,
        ProductKey,
        ProductName,
        FirmwareId,
        SrcVersion,
        DestVersion,
        TaskDesc,
        StatusCode,
        Fields
    };
    std::pair<QString, quint32> last[Fields];
    const auto internAs = [this, &last](Field field, const QString &text) {
        if (text.isEmpty())
            return quint32(0);
        if (last[field].first != text)
            last[field] = {text, intern(text)};
        return last[field].second;
    };
    for (const TaskInfo &task : tasks) {
        const QByteArray taskId = task.taskId.toUtf8();
        // A task without an ID cannot be told apart from another: each is kept.
        if (!taskId.isEmpty() && containsTaskId(taskId))
            continue;
        Row row;
        row.utcCreateMs = task.utcCreate.isValid() ? task.utcCreate.toMSecsSinceEpoch() : kNoTime;
        row.utcModifiedMs = task.utcModified.isValid() ? task.utcModified.toMSecsSinceEpoch() : kNoTime;
        row.textOffset = quint32(m_text.size());
        row.nameSize = put(task.deviceName.toUtf8());
        row.taskIdSize = put(taskId);
        row.iotIdSize = put(task.iotId.toUtf8());
        row.status = task.taskStatus ? static_cast<quint8>(*task.taskStatus) : kUnknownStatus;
        row.progress = qint8(task.progress < 0 ? -1 : qMin(task.progress, 100));
        row.timeoutMinutes = qint32(task.timeoutMinutes);
        row.jobId = internAs(JobId, task.jobId);
        row.productKey = internAs(ProductKey, task.productKey);
        row.productName = internAs(ProductName, task.productName);
        row.firmwareId = internAs(FirmwareId, task.firmwareId);
        row.srcVersion = internAs(SrcVersion, task.srcVersion);
        row.destVersion = internAs(DestVersion, task.destVersion);
        row.taskDesc = internAs(TaskDesc, task.taskDesc);
        row.statusCode = internAs(StatusCode, task.taskStatusCode);
        m_rows.push_back(row);
        m_passes.push_back(passes(row));
        if (row.taskIdSize > 0)
            indexTaskId(quint32(m_rows.size() - 1));
        if (row.status != kUnknownStatus)
            ++m_statusCounts[static_cast<TaskStatus>(row.status)];
    }
    const quint32 end = quint32(m_rows.size());
    if (end == first)
        return;

    std::vector<quint32> added(end - first);
    std::iota(added.begin(), added.end(), first);
    const auto before = [this](quint32 a, quint32 b) {
        return sortsBefore(a, b);
    };
    if (m_sortColumn >= 0) {
        if (isPooledColumn(m_sortColumn))
            ensurePoolRanks();
        std::stable_sort(added.begin(), added.end(), before);
        // Each new row after the rows it does not sort before: a binary search apiece (not a comparison per
        // loaded row, as std::merge would make), then the runs between them copied.
        std::vector<quint32> merged;
        merged.reserve(m_order.size() + added.size());
        auto from = m_order.cbegin();
        for (const quint32 row : added) {
            const auto at = std::upper_bound(from, m_order.cend(), row, before);
            merged.insert(merged.end(), from, at);
            merged.push_back(row);
            from = at;
        }
        merged.insert(merged.end(), from, m_order.cend());
        m_order.swap(merged);
    } else {
        m_order.insert(m_order.end(), added.begin(), added.end());
    }

    std::vector<quint32> shown;
    for (const quint32 row : added) {
        if (m_passes[row])
            shown.push_back(row);
    }
    if (m_sortColumn < 0) {
        if (!shown.empty()) {
            const int at = int(m_visible.size());
            beginInsertRows(QModelIndex(), at, at + int(shown.size()) - 1);
            m_visible.insert(m_visible.end(), shown.begin(), shown.end());
            endInsertRows();
        }
    } else {
        // Each new row after the shown rows it does not sort before; neighbours go in as one run.
        size_t k = 0;
        while (k < shown.size()) {
            const size_t at = size_t(std::upper_bound(m_visible.begin(), m_visible.end(), shown[k], before)
                                     - m_visible.begin());
            size_t j = k + 1;
            while (j < shown.size() && (at == m_visible.size() || before(shown[j], m_visible[at])))
                ++j;
            beginInsertRows(QModelIndex(), int(at), int(at + (j - k)) - 1);
            m_visible.insert(m_visible.begin() + qsizetype(at), shown.begin() + qsizetype(k),
                             shown.begin() + qsizetype(j));
            endInsertRows();
            k = j;
        }
    }
    emit tasksAppended(first, end - first);
}

void TaskTableModel::clear()
{
    beginResetModel();
    // Swapped out, not just emptied: a cleared table gives its memory back.
    std::vector<Row>().swap(m_rows);
    std::vector<char>().swap(m_text);
    m_pool = {QString()};
    m_poolIds = {{QString(), 0}};
    m_poolUtf8 = std::vector<QByteArray>(1);
    std::vector<quint32>().swap(m_poolRank);
    std::vector<quint64>().swap(m_taskIdSlots);
    std::vector<quint32>().swap(m_order);
    std::vector<quint8>().swap(m_passes);
    std::vector<quint32>().swap(m_visible);
    m_statusCounts = TaskStatusCounts();
    m_moreAvailable = false;
    m_fetchRequested = false;
    endResetModel();
}

TaskInfo TaskTableModel::taskAt(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return TaskInfo();
    return taskOf(m_rows[m_visible[size_t(row)]]);
}

QList<TaskInfo> TaskTableModel::loadedTasks() const
{
    QList<TaskInfo> tasks;
    tasks.reserve(qsizetype(m_rows.size()));
    for (const Row &row : m_rows)
        tasks.append(taskOf(row));
    return tasks;
}

TaskInfo TaskTableModel::taskOf(const Row &r) const
{
    TaskInfo task;
    task.taskId = QString::fromUtf8(taskIdOf(r));
    task.jobId = m_pool.at(r.jobId);
    task.iotId = QString::fromUtf8(iotIdOf(r));
    task.deviceName = QString::fromUtf8(deviceNameOf(r));
    task.productKey = m_pool.at(r.productKey);
    task.productName = m_pool.at(r.productName);
    task.firmwareId = m_pool.at(r.firmwareId);
    task.srcVersion = m_pool.at(r.srcVersion);
    task.destVersion = m_pool.at(r.destVersion);
    task.taskStatusCode = m_pool.at(r.statusCode);
    if (r.status != kUnknownStatus)
        task.taskStatus = static_cast<TaskStatus>(r.status);
    task.taskDesc = m_pool.at(r.taskDesc);
    task.progress = r.progress;
    task.timeoutMinutes = r.timeoutMinutes;
    if (r.utcCreateMs != kNoTime)
        task.utcCreate = QDateTime::fromMSecsSinceEpoch(r.utcCreateMs, Qt::UTC);
    if (r.utcModifiedMs != kNoTime)
        task.utcModified = QDateTime::fromMSecsSinceEpoch(r.utcModifiedMs, Qt::UTC);
    return task;
}

QHash<QString, qint64> TaskTableModel::failureReasonCounts(qint64 firstLoadedRow) const
{
    QHash<quint32, qint64> byId;
    for (size_t r = size_t(qMax<qint64>(0, firstLoadedRow)); r < m_rows.size(); ++r) {
        if (m_rows[r].status == static_cast<quint8>(TaskStatus::Failed))
            ++byId[m_rows[r].taskDesc];
    }
    QHash<QString, qint64> counts;
    counts.reserve(byId.size());
    for (auto it = byId.cbegin(); it != byId.cend(); ++it)
        counts.insert(m_pool.at(it.key()), it.value());
    return counts;
}

bool TaskTableModel::nameMatches(QByteArrayView name) const
{
    // Device names are ASCII by the API's rules: fold bytes; anything else goes through QString.
    if (!m_nameFilterFolded.isEmpty() && isAscii(name))
        return containsFolded(name, m_nameFilterFolded);
    return QString::fromUtf8(name).contains(m_nameFilter, Qt::CaseInsensitive);
}

bool TaskTableModel::passes(const Row &row) const
{
    if (row.status != kUnknownStatus) {
        if (!(m_statusFilter & (1u << row.status)))
            return false;
    } else if ((m_statusFilter & TaskStatuses::kAllBits) != TaskStatuses::kAllBits) {
        return false;
    }
    if (m_reasonFilter
        && (row.status != static_cast<quint8>(TaskStatus::Failed)
            || m_pool.at(row.taskDesc) != *m_reasonFilter))
        return false;
    if (m_stuckFilter && !isStuck(row, *m_stuckFilter))
        return false;
    if (!m_deviceList.isEmpty() && !m_deviceList.contains(rawBytes(deviceNameOf(row))))
        return false;
    return m_nameFilter.isEmpty() || nameMatches(deviceNameOf(row));
}

bool TaskTableModel::isStuck(const Row &row, const StuckRule &rule) const
{
    const std::optional<TaskStatus> status = row.status == kUnknownStatus
            ? std::nullopt
            : std::optional(static_cast<TaskStatus>(row.status));
    return StuckTask::isStuck(status, row.utcModifiedMs, row.timeoutMinutes, rule.batchTimeoutMinutes,
                              rule.nowMs);
}

void TaskTableModel::setReasonFilter(const std::optional<QString> &reason)
{
    if (reason == m_reasonFilter)
        return;
    m_reasonFilter = reason;
    refilter();
}

void TaskTableModel::setStuckFilter(const std::optional<StuckRule> &rule)
{
    if (!rule && !m_stuckFilter)
        return;
    const bool timeMovedOn = rule && m_stuckFilter;
    m_stuckFilter = rule;
    if (timeMovedOn)
        relayout(QAbstractItemModel::NoLayoutChangeHint); // the same question later: selection stays
    else
        refilter();
}

qint64 TaskTableModel::stuckCount(const StuckRule &rule) const
{
    return std::count_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) { return isStuck(row, rule); });
}

bool TaskTableModel::isFiltered() const
{
    return m_statusFilter != TaskStatuses::kAllBits || !m_nameFilter.isEmpty() || !m_deviceList.isEmpty()
            || m_reasonFilter || m_stuckFilter;
}

void TaskTableModel::setStatusFilter(quint8 bits)
{
    if (bits == m_statusFilter)
        return;
    m_statusFilter = bits;
    refilter();
}

void TaskTableModel::setNameFilter(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_nameFilter)
        return;
    m_nameFilter = filter;
    const QByteArray utf8 = filter.toUtf8();
    m_nameFilterFolded = isAscii(utf8) ? utf8.toLower() : QByteArray();
    refilter();
}

void TaskTableModel::setDeviceListFilter(const QStringList &names)
{
    QSet<QByteArray> list;
    list.reserve(names.size());
    for (const QString &name : names)
        list.insert(name.toUtf8());
    if (list == m_deviceList)
        return;
    m_deviceList = std::move(list);
    refilter();
}

QStringList TaskTableModel::unloadedDevices(const QStringList &names) const
{
    QSet<QByteArray> loaded;
    QList<QByteArray> wanted;
    wanted.reserve(names.size());
    for (const QString &name : names)
        wanted.append(name.toUtf8());
    const QSet<QByteArray> wantedSet(wanted.cbegin(), wanted.cend());
    for (const Row &row : m_rows) {
        const QByteArray name = rawBytes(deviceNameOf(row));
        if (wantedSet.contains(name))
            loaded.insert(QByteArray(name.constData(), name.size()));
    }
    QStringList unloaded;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!loaded.contains(wanted[i]))
            unloaded.append(names[i]);
    }
    return unloaded;
}

void TaskTableModel::refilter()
{
    beginResetModel();
    for (size_t r = 0; r < m_rows.size(); ++r)
        m_passes[r] = passes(m_rows[r]);
    rebuildVisible();
    endResetModel();
}

void TaskTableModel::rebuildVisible()
{
    m_visible.clear();
    for (const quint32 row : m_order) {
        if (m_passes[row])
            m_visible.push_back(row);
    }
}

void TaskTableModel::ensurePoolRanks()
{
    if (m_poolRank.size() == size_t(m_pool.size()))
        return;
    std::vector<quint32> ids(m_poolUtf8.size());
    std::iota(ids.begin(), ids.end(), 0u);
    std::sort(ids.begin(), ids.end(),
              [this](quint32 a, quint32 b) { return naturalCompare(m_poolUtf8[a], m_poolUtf8[b]) < 0; });
    m_poolRank.assign(ids.size(), 0);
    quint32 rank = 0;
    for (size_t i = 1; i < ids.size(); ++i) {
        if (naturalCompare(m_poolUtf8[ids[i - 1]], m_poolUtf8[ids[i]]) != 0)
            ++rank;
        m_poolRank[ids[i]] = rank;
    }
}

int TaskTableModel::compareRows(quint32 a, quint32 b) const
{
    const Row &x = m_rows[a];
    const Row &y = m_rows[b];
    switch (m_sortColumn) {
    case DeviceName:
        return naturalCompare(deviceNameOf(x), deviceNameOf(y));
    case Status:
        return compareValues(x.status, y.status);
    case Progress:
        return compareValues(x.progress, y.progress);
    case FailureReason:
        return compareValues(m_poolRank[x.taskDesc], m_poolRank[y.taskDesc]);
    case SourceVersion:
        return compareValues(m_poolRank[x.srcVersion], m_poolRank[y.srcVersion]);
    case DestinationVersion:
        return compareValues(m_poolRank[x.destVersion], m_poolRank[y.destVersion]);
    case Modified:
        return compareValues(x.utcModifiedMs, y.utcModifiedMs);
    case TaskId:
        return naturalCompare(taskIdOf(x), taskIdOf(y));
    default:
        break;
    }
    return compareValues(a, b);
}

bool TaskTableModel::sortsBefore(quint32 a, quint32 b) const
{
    const int c = compareRows(a, b);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void TaskTableModel::sortRows(int column, Qt::SortOrder order)
{
    if (column < 0) {
        std::iota(m_order.begin(), m_order.end(), 0u);
        return;
    }
    const bool byText = column == DeviceName || column == TaskId;
    const auto textOf = [this, column](quint32 row) {
        return column == DeviceName ? deviceNameOf(m_rows[row]) : taskIdOf(m_rows[row]);
    };
    if (isPooledColumn(column))
        ensurePoolRanks();
    // Unsigned keys in the order of the column's values (signed ones with the sign bit flipped).
    const auto keyOf = [this, column](const Row &row) -> quint64 {
        constexpr quint64 kSignBit = quint64(1) << 63;
        switch (column) {
        case Status:
            return row.status;
        case Progress:
            return quint64(qint64(row.progress)) ^ kSignBit;
        case FailureReason:
            return m_poolRank[row.taskDesc];
        case SourceVersion:
            return m_poolRank[row.srcVersion];
        case DestinationVersion:
            return m_poolRank[row.destVersion];
        case Modified:
            return quint64(row.utcModifiedMs) ^ kSignBit;
        default:
            break;
        }
        return 0;
    };
    // Keys copied next to the row numbers, in the current order; descending sorts the complemented keys, so
    // equal rows keep their previous order either way.
    const quint64 flip = order == Qt::DescendingOrder ? ~quint64(0) : 0;
    std::vector<SortItem> items;
    items.reserve(m_order.size());
    for (const quint32 row : m_order) {
        if (byText) {
            const NaturalKey key = naturalKey(textOf(row));
            items.push_back({key.high ^ flip, key.low ^ flip, row});
        } else {
            items.push_back({0, keyOf(m_rows[row]) ^ flip, row});
        }
    }
    radixSort(items);
    if (byText) {
        // Texts whose first 16 bytes of key agree: their own comparison decides (a stable sort per run).
        const bool descending = order == Qt::DescendingOrder;
        for (size_t first = 0; first < items.size();) {
            size_t last = first + 1;
            while (last < items.size() && items[last].high == items[first].high
                   && items[last].low == items[first].low)
                ++last;
            if (last - first > 1) {
                std::stable_sort(items.begin() + qsizetype(first), items.begin() + qsizetype(last),
                                 [&textOf, descending](const SortItem &a, const SortItem &b) {
                                     const int c = naturalCompare(textOf(a.row), textOf(b.row));
                                     return descending ? c > 0 : c < 0;
                                 });
            }
            first = last;
        }
    }
    for (size_t i = 0; i < items.size(); ++i)
        m_order[i] = items[i].row;
}

void TaskTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder)) {
        m_sortOrder = order;
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(QAbstractItemModel::VerticalSortHint);
}

void TaskTableModel::setMoreAvailable(bool more)
{
    m_moreAvailable = more;
    if (more)
        m_fetchRequested = false;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_moreAvailable;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_moreAvailable || m_fetchRequested)
        return;
    m_fetchRequested = true;
    emit fetchMoreRequested();
}

void TaskTableModel::setLocale(const QLocale &locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    retranslate();
}

void TaskTableModel::setTimeZone(const QTimeZone &zone)
{
    if (zone == m_timeZone)
        return;
    m_timeZone = zone;
    if (!m_visible.empty())
        emit dataChanged(index(0, Modified), index(rowCount() - 1, Modified), {Qt::DisplayRole});
}

void TaskTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_visible.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || size_t(index.row()) >= m_visible.size())
        return QVariant();
    const Row &row = m_rows[m_visible[size_t(index.row())]];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DeviceName:
            return QString::fromUtf8(deviceNameOf(row));
        case Status:
            return row.status == kUnknownStatus ? m_pool.at(row.statusCode)
                                                : TaskStatuses::label(static_cast<TaskStatus>(row.status));
        case Progress:
            if (row.progress < 0)
                return QVariant();
            return tr("%1 %", "percentage").arg(locale().toString(int(row.progress)));
        case FailureReason:
            return m_pool.at(row.taskDesc);
        case SourceVersion:
            return m_pool.at(row.srcVersion);
        case DestinationVersion:
            return m_pool.at(row.destVersion);
        case Modified:
            if (row.utcModifiedMs == kNoTime)
                return QVariant();
            return TimeText::inZone(QDateTime::fromMSecsSinceEpoch(row.utcModifiedMs, Qt::UTC), m_timeZone);
        case TaskId:
            return QString::fromUtf8(taskIdOf(row));
        default:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeviceName: // whole, where the column elides it
            return QString::fromUtf8(deviceNameOf(row));
        case TaskId:
            return QString::fromUtf8(taskIdOf(row));
        case Status:
            return m_pool.at(row.statusCode); // the API's code, as received
        case FailureReason:
            return m_pool.at(row.taskDesc); // whole, where the column cuts it
        case Modified:
            if (row.utcModifiedMs == kNoTime)
                return QVariant();
            return tr("%1 UTC").arg(TimeText::inZone(
                    QDateTime::fromMSecsSinceEpoch(row.utcModifiedMs, Qt::UTC), QTimeZone::utc()));
        default:
            break;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Progress)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case ProgressRole:
        return row.progress < 0 ? QVariant() : QVariant(int(row.progress));
    case StatusRole:
        return row.status == kUnknownStatus ? QVariant() : QVariant(int(row.status));
    case TaskIdRole:
        return QString::fromUtf8(taskIdOf(row));
    case IotIdRole:
        return QString::fromUtf8(iotIdOf(row));
    default:
        break;
    }
    return QVariant();
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeviceName:
        return tr("Device name");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case FailureReason:
        return tr("Failure reason");
    case SourceVersion:
        return tr("Source version");
    case DestinationVersion:
        return tr("Destination version");
    case Modified:
        return tr("Modified (%1)", "the time zone of the column's times")
                .arg(DisplayZone::nameOf(m_timeZone));
    case TaskId:
        return tr("Task ID");
    default:
        break;
    }
    return QVariant();
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemNeverHasChildren : base;
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ProgressRole, QByteArrayLiteral("progress"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(TaskIdRole, QByteArrayLiteral("taskId"));
    names.insert(IotIdRole, QByteArrayLiteral("iotId"));
    return names;
}
