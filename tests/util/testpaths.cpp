#include "testpaths.h"

#include <QDir>
#include <QtTest>

namespace pb::test {

QString sourcePath(const QString& relative)
{
    const QByteArray root = qgetenv("PB_SOURCE_DIR");
    if (root.isEmpty()) {
        qFatal("PB_SOURCE_DIR is not set: run the tests through ctest");
    }
    return QDir(QString::fromLocal8Bit(root)).filePath(relative);
}

} // namespace pb::test
