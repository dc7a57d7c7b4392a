#include "SimLog.h"

Q_LOGGING_CATEGORY(lcSim, "otadash.sim", QtInfoMsg)
