#include "reports/ReportIdentity.h"

Result<ReportIdentity> ReportIdentity::load(Database &db)
{
    const Result<AssociationProfile> profile = AssociationProfile::load(db);
    if (!profile)
        return profile.status();
    ReportIdentity id;
    id.profile = *profile;
    if (!id.profile.logoPng.isEmpty())
        id.logo = QImage::fromData(id.profile.logoPng);
    return id;
}
