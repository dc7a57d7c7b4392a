#pragma once

#include <QLoggingCategory>

// "otadash.auth": profile and credential-store events. Lines name profile ids and entry keys, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
