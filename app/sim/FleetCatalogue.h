#pragma once

#include "SimFirmware.h"
#include "SimJob.h"
#include "SimProduct.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

// The simulated account's products, firmware and batches, with their lookups and their API objects.
class FleetCatalogue
{
public:
    // The products and firmware (fixed in code) and the fixture batches (from the resources: the seed
    // document's sample first, then fixtures/jobs.json); the generated batches are added after them.
    FleetCatalogue();
    FleetCatalogue(const FleetCatalogue &) = delete;
    FleetCatalogue &operator=(const FleetCatalogue &) = delete;

    // Adds a batch after the others: resolves its product and firmware from its keys, fits its task count to
    // the product's devices, and picks the devices its tasks start at. Its number.
    int addJob(SimJob job);
    // Once every batch is in: each firmware's batches, newest first.
    void listJobsOfFirmware();
    // Again for one firmware (a batch's UtcCreate changed).
    void sortJobsOfFirmware(int firmware);

    const std::vector<SimProduct> &products() const { return m_products; }
    const SimProduct &product(int index) const { return m_products[std::size_t(index)]; }
    const std::vector<SimFirmware> &firmware() const { return m_firmware; }
    const SimFirmware &firmware(int index) const { return m_firmware[std::size_t(index)]; }
    // -1 for an unknown FirmwareId.
    int firmwareIndex(const QString &firmwareId) const { return m_firmwareIndex.value(firmwareId, -1); }

    int jobCount() const { return int(m_jobs.size()); }
    // The fixture batches are the first ones.
    int fixtureCount() const { return m_fixtureCount; }
    // Their JobIds, the seed document's sample first.
    QStringList fixtureJobIds() const;
    SimJob &job(int number) { return m_jobs[std::size_t(number)]; }
    const SimJob &job(int number) const { return m_jobs[std::size_t(number)]; }
    // -1 for an unknown ProductKey.
    int productIndex(const QString &key) const;
    // nullptr for an unknown JobId.
    SimJob *findJob(const QString &jobId);
    const SimJob *findJob(const QString &jobId) const;

    // QueryProductList's ProductInfo.
    static QJsonObject productInfo(const SimProduct &product);
    // ListOTAFirmware's SimpleFirmwareInfo.
    QJsonObject simpleFirmwareInfo(const SimFirmware &fw) const;
    // QueryOTAFirmware's FirmwareInfo: the simple one with the download URL, the verification progress and,
    // for a multi-module package, its files.
    QJsonObject firmwareInfo(const SimFirmware &fw) const;

private:
    void addProducts();
    void addFirmware();
    void loadFixtureJobs();

    std::vector<SimProduct> m_products;
    std::vector<SimFirmware> m_firmware;
    std::vector<SimJob> m_jobs;
    QHash<QString, int> m_jobIndex;
    QHash<QString, int> m_firmwareIndex;
    int m_fixtureCount = 0;
};
