#include "spending/statementlayoutmemory.h"

#include <QCryptographicHash>
#include <QSettings>

namespace pb::ui {

namespace {

QString key(const QString& layoutSignature)
{
    return QStringLiteral("statementLayouts/")
        + QString::fromLatin1(
            QCryptographicHash::hash(layoutSignature.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

std::optional<StatementColumns> StatementLayoutMemory::recall(const QString& layoutSignature)
{
    const QString text = QSettings().value(key(layoutSignature)).toString();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    return StatementColumns::fromText(text);
}

void StatementLayoutMemory::remember(
    const QString& layoutSignature, const StatementColumns& columns)
{
    QSettings().setValue(key(layoutSignature), columns.toText());
}

} // namespace pb::ui
