// Heading: a page or group heading. Larger and bold, and it follows the text
// size preference (a QLabel with its own font would not).
#pragma once

#include <QLabel>

namespace pb::ui {

class Heading : public QLabel {
    Q_OBJECT
public:
    explicit Heading(const QString& text, int level = 1, QWidget* parent = nullptr);

protected:
    bool event(QEvent* event) override;

private:
    int m_level;
};

} // namespace pb::ui
