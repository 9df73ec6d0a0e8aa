#include "widgets/moneyedit.h"

#include "money/moneyformatter.h"
#include "money/moneyparser.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace pb::ui {

MoneyEdit::MoneyEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    m_error->setObjectName(QStringLiteral("fieldError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_edit->setPlaceholderText(tr("For example 120 or 120.50"));
    m_edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, &MoneyEdit::onTextEdited);
}

void MoneyEdit::setAmount(std::optional<Money> amount)
{
    const QString text =
        amount ? MoneyFormatter().format(*amount).remove(QChar(0x00A3)) : QString();
    if (hasError() || amount == this->amount()) {
        // Keep what the person typed: an amount in error stays for them to
        // correct, and a matching one keeps its cursor while they type.
        return;
    }
    m_edit->setText(text);
    showError({});
}

std::optional<Money> MoneyEdit::amount() const
{
    if (m_edit->text().trimmed().isEmpty()) {
        return std::nullopt;
    }
    const auto parsed = MoneyParser::parse(m_edit->text());
    return parsed.ok() ? std::optional<Money>(parsed.value()) : std::nullopt;
}

bool MoneyEdit::hasError() const
{
    return !m_error->isHidden();
}
QString MoneyEdit::errorText() const
{
    return m_error->text();
}

void MoneyEdit::setAccessibleName(const QString& name)
{
    m_edit->setAccessibleName(name);
}
void MoneyEdit::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
}

void MoneyEdit::onTextEdited(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showError({});
        emit amountEdited(std::nullopt);
        return;
    }
    const auto parsed = MoneyParser::parse(text);
    if (!parsed.ok()) {
        showError(parsed.error().message);
        return;
    }
    showError({});
    emit amountEdited(parsed.value());
}

void MoneyEdit::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_edit->setAccessibleDescription(message);
}

} // namespace pb::ui
