// EasyReadPictures: which picture stands beside which easy-read point.
//
// The pictures are resources/pictures/<name>.svg, drawn as one set for the
// project; core only names them (see plandocument.h). Every life area,
// support type, way of managing money and funding source has one, so a
// point about any of them can show it. names() is the whole set, for
// checking that nothing names a picture that is not drawn.
#pragma once

#include "model/deployment.h"
#include "model/fundingstream.h"
#include "model/outcome.h"
#include "model/supportitem.h"

#include <QString>
#include <QStringList>

namespace pb {

class EasyReadPictures {
public:
    static QString forLifeArea(LifeArea area);
    static QString forSupportType(SupportType type);
    static QString forRoute(Route route);
    static QString forFundingSource(FundingSource source);

    static QStringList names();
    // A picture by name; in a debug build, asserts the name is one of names().
    static QString named(const char* name);
};

} // namespace pb
