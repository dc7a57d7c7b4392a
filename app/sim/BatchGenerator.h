#pragma once

#include "BatchSpec.h"
#include "SimJob.h"

#include <QJsonObject>
#include <QStringList>

class FleetCatalogue;

// The generated batches, each but the live one a compact BatchSpec whose QueryOTAJob Data follows from it.
class BatchGenerator
{
public:
    // SimFleet::kManyJobsCount of one firmware (the 100,000-task batch among them, a few scheduled, some
    // running, the rest history) and a few for the other firmware, so that every level of discovery has more
    // than one shape.
    // Adds them to the catalogue after the fixture batches, each with its spec (its Data is built on first
    // use), the live batch last. The live batch's number.
    static int addTo(FleetCatalogue &catalogue);
    // QueryOTAJob's Data of a generated batch.
    static QJsonObject data(const BatchSpec &spec, const FleetCatalogue &catalogue);
    // Its SrcVersions: the firmware's, or for a verification batch the newest of them only.
    static QStringList srcVersions(const BatchSpec &spec, const FleetCatalogue &catalogue);

    // A batch whose tasks move on with the clock (LiveBatch), besides the live batch.
    struct LiveScenario
    {
        QString jobId;
        QString firmwareId;
        QString nameSuffix; // its Name is "<firmware name>-<suffix>"
        QString description;
        int taskCount = 0;
        LivePace pace;
        bool dynamic = false; // SelectionType DYNAMIC, DynamicMode 1
    };
    // The other live batches, each at its own pace: slow (and late) on the live batch's product, stuck,
    // growing (dynamic) and planned to start two minutes after the demo opens.
    static QList<LiveScenario> scenarios();

private:
    // The live batch (seed product, firmware 1.2.1, STATIC), then the scenarios; its number.
    static int addLiveJob(FleetCatalogue &catalogue);
    static int addLiveJob(FleetCatalogue &catalogue, const LiveScenario &scenario);
};
