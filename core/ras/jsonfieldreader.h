// JsonFieldReader: reads the fields of a JSON file for the loaders of
// core/ras (schemes and answers), and names the field in every complaint
// ("questions[3].options" is missing) so the person who edits the file can
// find the line to fix.
//
// It keeps the first problem only. After a problem every read returns
// nothing, so a loader can read on without checking each call and ask ok()
// once at the end; later complaints would only be echoes of the first.
//
// Fields the reader is not told about are refused (onlyKeys): a misspelt
// optional field such as "celingPence" would otherwise be dropped without a
// word and change the amount a person is told.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace pb {

class JsonFieldReader {
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)
public:
    enum class Need { Required, Optional };
    // What a whole number counts, so the complaint can say so.
    enum class Unit { Pence, Points, BasisPoints, Count };

    // "questions[3].options": the names used in every complaint.
    static QString childPath(const QString& parent, const QString& key);
    static QString itemPath(const QString& parent, qsizetype index);
    // Ids are short stable keys: letters, digits, "-", "_" and ".", at most 64.
    static bool isValidId(const QString& id);

    // The top-level object of a JSON document.
    std::optional<QJsonObject> document(const QByteArray& bytes);

    void onlyKeys(const QJsonObject& object, const QString& path, const QStringList& known);

    std::optional<QString> text(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<QString> id(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<qint64> wholeNumber(
        const QJsonObject& object, const QString& path, const QString& key, Need need, Unit unit);
    std::optional<bool> boolean(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<QDate> date(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<QJsonObject> object(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<QJsonArray> array(
        const QJsonObject& object, const QString& path, const QString& key, Need need);

    // Items of an array (path is the array's own path).
    std::optional<QJsonObject> objectAt(
        const QJsonArray& array, const QString& path, qsizetype index);
    std::optional<QString> idAt(const QJsonArray& array, const QString& path, qsizetype index);
    // A value that must be text (for example one entry of a JSON object used as a map).
    std::optional<QString> textValue(const QJsonValue& value, const QString& path);

    // Records a problem found by the loader itself (only the first is kept).
    void fail(const QString& problem, const QString& detail = {});

    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }
    const QString& detail() const { return m_detail; }

private:
    // The value at key, or nothing (and a problem if it is required and missing).
    std::optional<QJsonValue> value(
        const QJsonObject& object, const QString& path, const QString& key, Need need);
    std::optional<QString> checkedId(const QJsonValue& value, const QString& path);

    QString m_problem;
    QString m_detail;
};

} // namespace pb
