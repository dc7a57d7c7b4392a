#include "util/AppIdentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace AppIdentity {

void apply()
{
    QCoreApplication::setOrganizationName(u"OtaDash"_s);
    QCoreApplication::setApplicationName(u"otadash"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(OTADASH_VERSION));
}

} // namespace AppIdentity
