# core/ must never know about widgets or painting (DESIGN.md). A promise is not
# enough (KeePassXC once shipped a stray <QApplication> in its core), so the
# configure step fails when:
#   - pbcore links any Qt module other than Core and Sql, or
#   - a file under core/ includes a QtGui / QtWidgets / QtPrintSupport header.
# tests/core/CMakeLists.txt also runs a test that reads the built library.

set(PB_GUI_HEADER_REGEX
    "#[ \t]*include[ \t]*[<\"](QtGui|QtWidgets|QtPrintSupport|QtSvg|QtCharts|QWidget|QApplication|QGuiApplication|QPainter|QPdfWriter|QPrinter|QTextDocument|QImage|QPixmap|QIcon|QColor|QFont|QPalette)[/>\".]")

function(pb_check_core_is_gui_free target)
    get_target_property(libs ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "Qt6?::(Gui|Widgets|PrintSupport|Svg|SvgWidgets|Charts|OpenGL|Quick|Qml)")
            message(FATAL_ERROR "${target} links ${lib}: core must link Qt6::Core, Qt6::Sql and Boost only.")
        endif()
    endforeach()

    file(GLOB_RECURSE core_files CONFIGURE_DEPENDS
        "${PROJECT_SOURCE_DIR}/core/*.h" "${PROJECT_SOURCE_DIR}/core/*.cpp")
    foreach(f IN LISTS core_files)
        file(STRINGS "${f}" hits REGEX "${PB_GUI_HEADER_REGEX}")
        if(hits)
            message(FATAL_ERROR "${f} includes a GUI header (${hits}): core must stay GUI-free.")
        endif()
    endforeach()
endfunction()
