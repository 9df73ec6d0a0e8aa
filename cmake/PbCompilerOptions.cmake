# Compiler settings shared by every target of the project (pb_set_common_options).
#
# QT_NO_CAST_FROM_ASCII: as in KDE, a string literal never silently becomes a
# QString, so every visible string goes through tr() and every other literal is
# a deliberate QStringLiteral / QLatin1String.
function(pb_set_common_options target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wformat=2 -Wimplicit-fallthrough)
        if(PB_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
