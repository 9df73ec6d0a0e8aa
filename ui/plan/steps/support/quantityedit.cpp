#include "plan/steps/support/quantityedit.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pb::ui {

QuantityEdit::QuantityEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_row(new QHBoxLayout)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_row->addWidget(m_edit);
    m_row->addStretch(1);
    layout->addLayout(m_row);
    layout->addWidget(m_error);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_edit->setPlaceholderText(tr("For example 10 or 7.5"));
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        check(false);
        emit edited();
    });
}

void QuantityEdit::setCompanion(QWidget* widget)
{
    m_row->insertWidget(1, widget);
}

void QuantityEdit::setUnit(QuantityText::Unit unit, Period period)
{
    if (unit == m_unit && period == m_period) {
        return;
    }
    m_unit = unit;
    m_period = period;
    // A number that was right may now be too many (or the other way round).
    if (!isEmpty() || hasError()) {
        check(false);
    }
}

void QuantityEdit::setHundredths(std::optional<int> hundredths)
{
    if (hundredths && hundredths == this->hundredths()) {
        return; // keep the cursor where it is
    }
    m_edit->setText(hundredths ? QuantityText::format(*hundredths) : QString());
    showError({});
}

std::optional<int> QuantityEdit::hundredths() const
{
    const auto parsed = QuantityText::parse(m_edit->text(), m_unit, m_period);
    return parsed.ok() ? std::optional<int>(parsed.value()) : std::nullopt;
}

bool QuantityEdit::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

bool QuantityEdit::hasError() const
{
    return !m_error->isHidden();
}

QString QuantityEdit::errorText() const
{
    return m_error->text();
}

bool QuantityEdit::validate()
{
    check(true);
    return !hasError();
}

void QuantityEdit::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
}

void QuantityEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void QuantityEdit::check(bool emptyIsError)
{
    if (isEmpty() && !emptyIsError) {
        showError({});
        return;
    }
    const auto parsed = QuantityText::parse(m_edit->text(), m_unit, m_period);
    showError(parsed.ok() ? QString() : parsed.error().message);
}

void QuantityEdit::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_edit->setAccessibleDescription(message);
}

} // namespace pb::ui
