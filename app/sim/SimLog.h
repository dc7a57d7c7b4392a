#pragma once

#include <QLoggingCategory>

// otadash.sim: what the simulated gateway admitted, refused and answered (debug level).
Q_DECLARE_LOGGING_CATEGORY(lcSim)
