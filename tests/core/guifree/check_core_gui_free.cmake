# cmake -DLIB=libpbcore.a -DSOURCE_DIR=... -P check_core_gui_free.cmake
# pbcore is a static library: its undefined symbols are what it needs from
# other libraries. None may come from QtGui, QtWidgets or QtPrintSupport.
execute_process(COMMAND nm -C --undefined-only "${LIB}" OUTPUT_VARIABLE symbols RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "nm could not read ${LIB}")
endif()
string(REGEX MATCHALL "Q(Widget|Application|GuiApplication|Painter|PdfWriter|Printer|TextDocument|Image|Pixmap|Icon|Color|Font|Palette)::[A-Za-z_~]+" gui "${symbols}")
if(gui)
    list(REMOVE_DUPLICATES gui)
    message(FATAL_ERROR "pbcore uses GUI symbols: ${gui}")
endif()

include("${SOURCE_DIR}/cmake/PbCoreIsGuiFree.cmake")
file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
foreach(f IN LISTS core_files)
    file(STRINGS "${f}" hits REGEX "${PB_GUI_HEADER_REGEX}")
    if(hits)
        message(FATAL_ERROR "${f} includes a GUI header: ${hits}")
    endif()
endforeach()
list(LENGTH core_files n)
message(STATUS "pbcore is GUI-free (${n} files checked)")
