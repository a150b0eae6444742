# text_engine.cmake - what src/core/text needs besides its own sources: tables generated
# from Unicode's data files, FriBidi (bidirectional algorithm) and HarfBuzz (shaping), both
# compiled from Debian's source packages that build-wasm.sh unpacks into build/deps.
# Included from CMakeLists.txt after the annotator_core target exists.

set(UNICODE_DATA_DIR "/usr/share/unicode" CACHE PATH "Unicode's data files (Debian unicode-data)")
set(HARFBUZZ_DIR "${CMAKE_SOURCE_DIR}/build/deps/harfbuzz-6.0.0" CACHE PATH
    "HarfBuzz 6.0.0 sources (Debian source package harfbuzz)")
set(FRIBIDI_DIR "${CMAKE_SOURCE_DIR}/build/deps/fribidi-1.0.8" CACHE PATH
    "FriBidi 1.0.8 sources (Debian source package fribidi)")
foreach(need "${UNICODE_DATA_DIR}/LineBreak.txt" "${HARFBUZZ_DIR}/src/harfbuzz.cc"
             "${FRIBIDI_DIR}/lib/fribidi-bidi.c")
  if(NOT EXISTS "${need}")
    message(FATAL_ERROR "${need} is missing: run ./build-wasm.sh deps")
  endif()
endforeach()
enable_language(C)  # FriBidi is C
find_package(Python3 REQUIRED COMPONENTS Interpreter)

# [SECTION] Unicode property tables, generated at build time.
set(TEXT_GEN_DIR "${CMAKE_BINARY_DIR}/generated")
set(UNICODE_TABLE_INPUTS LineBreak.txt EastAsianWidth.txt emoji/emoji-data.txt UnicodeData.txt
    Scripts.txt PropertyValueAliases.txt ReadMe.txt)
list(TRANSFORM UNICODE_TABLE_INPUTS PREPEND "${UNICODE_DATA_DIR}/")
add_custom_command(
  OUTPUT "${TEXT_GEN_DIR}/core/text/unicode_scripts.h" "${TEXT_GEN_DIR}/core/text/unicode_tables.inc"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${TEXT_GEN_DIR}/core/text"
  COMMAND Python3::Interpreter "${CMAKE_SOURCE_DIR}/src/core/text/gen_unicode_tables.py"
          "${UNICODE_DATA_DIR}" "${TEXT_GEN_DIR}/core/text/unicode_scripts.h"
          "${TEXT_GEN_DIR}/core/text/unicode_tables.inc"
  DEPENDS "${CMAKE_SOURCE_DIR}/src/core/text/gen_unicode_tables.py" ${UNICODE_TABLE_INPUTS}
  COMMENT "Generating Unicode property tables from ${UNICODE_DATA_DIR}")
target_sources(annotator_core PRIVATE "${TEXT_GEN_DIR}/core/text/unicode_scripts.h"
               "${TEXT_GEN_DIR}/core/text/unicode_tables.inc")
target_include_directories(annotator_core PUBLIC "${TEXT_GEN_DIR}")

# [SECTION] FriBidi. Its tables are regenerated from the same Unicode data as ours (the
# source package's are Unicode 10), by its own generators compiled for the build machine.
# The library's sources are copied next to the new tables because they include them with
# quotes, which would find the old ones beside the originals first.
set(FRIBIDI_BUILD "${CMAKE_BINARY_DIR}/fribidi")
find_program(HOST_CC NAMES cc gcc clang REQUIRED)
set(FRIBIDI_GEN_FLAGS -DHAVE_STDLIB_H -DHAVE_STRING_H -DHAVE_STRINGS_H -DSTDC_HEADERS=1
    -DHAVE_STRINGIZE -DDONT_HAVE_FRIBIDI_CONFIG_H -I${FRIBIDI_BUILD} -I${FRIBIDI_DIR}/lib
    -I${FRIBIDI_DIR}/gen.tab)
set(FRIBIDI_LIB_SOURCES fribidi.c fribidi-bidi.c fribidi-bidi-types.c fribidi-brackets.c
    fribidi-mirroring.c fribidi-run.c)
file(GLOB FRIBIDI_HEADERS "${FRIBIDI_DIR}/lib/*.h")
list(FILTER FRIBIDI_HEADERS EXCLUDE REGEX "fribidi-unicode-version\\.h$")  # generated below
set(FRIBIDI_COPIES)
foreach(f ${FRIBIDI_LIB_SOURCES} ${FRIBIDI_HEADERS})
  get_filename_component(name "${f}" NAME)
  configure_file("${FRIBIDI_DIR}/lib/${name}" "${FRIBIDI_BUILD}/${name}" COPYONLY)
endforeach()
file(READ "${FRIBIDI_DIR}/lib/fribidi-config.h.in" FRIBIDI_CONFIG)
string(REGEX REPLACE "@[A-Z_]*VERSION_STRING@" "\"1.0.8\"" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_MAJOR_VERSION@" "1" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_MINOR_VERSION@" "0" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_MICRO_VERSION@" "8" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_INTERFACE_VERSION@" "4" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_VERSION@" "1.0.8" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@SIZEOF_INT@" "4" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REPLACE "@FRIBIDI_MSVC_BUILD_PLACEHOLDER@" "#undef FRIBIDI_BUILT_WITH_MSVC"
       FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
string(REGEX REPLACE "@[A-Za-z_]+@" "fribidi" FRIBIDI_CONFIG "${FRIBIDI_CONFIG}")
file(WRITE "${FRIBIDI_BUILD}/fribidi-config.h.new" "${FRIBIDI_CONFIG}")
configure_file("${FRIBIDI_BUILD}/fribidi-config.h.new" "${FRIBIDI_BUILD}/fribidi-config.h" COPYONLY)

# name of the generator, then its Unicode input files (as the package's gen.tab/meson.build).
set(FRIBIDI_TABLES
    "unicode-version:ReadMe.txt,BidiMirroring.txt"
    "bidi-type-tab:UnicodeData.txt"
    "mirroring-tab:BidiMirroring.txt"
    "brackets-tab:BidiBrackets.txt,UnicodeData.txt"
    "brackets-type-tab:BidiBrackets.txt")
set(FRIBIDI_GENERATED)
foreach(entry ${FRIBIDI_TABLES})
  string(REPLACE ":" ";" parts "${entry}")
  list(GET parts 0 gen)
  list(GET parts 1 inputs)
  string(REPLACE "," ";" inputs "${inputs}")
  list(TRANSFORM inputs PREPEND "${UNICODE_DATA_DIR}/")
  if(gen STREQUAL "unicode-version")
    set(out "${FRIBIDI_BUILD}/fribidi-unicode-version.h")
    set(args ${inputs})
    set(extra_src)
  else()
    string(REPLACE "-tab" ".tab.i" out_name "${gen}")
    set(out "${FRIBIDI_BUILD}/${out_name}")
    set(args 2 ${inputs})  # 2: the package's compression level
    set(extra_src "${FRIBIDI_DIR}/gen.tab/packtab.c")
  endif()
  set(exe "${FRIBIDI_BUILD}/gen-${gen}")
  set(deps_on)
  if(NOT gen STREQUAL "unicode-version")
    set(deps_on "${FRIBIDI_BUILD}/fribidi-unicode-version.h")
  endif()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${HOST_CC} ${FRIBIDI_GEN_FLAGS} -o "${exe}" "${FRIBIDI_DIR}/gen.tab/gen-${gen}.c" ${extra_src}
    COMMAND sh -c [[o="$1"; shift; "$@" > "$o.tmp" && mv "$o.tmp" "$o"]] capture "${out}" "${exe}"
            ${args} "gen-${gen}"
    DEPENDS "${FRIBIDI_DIR}/gen.tab/gen-${gen}.c" ${inputs} ${deps_on}
    COMMENT "FriBidi: generating ${out} from ${UNICODE_DATA_DIR}"
    VERBATIM)
  list(APPEND FRIBIDI_GENERATED "${out}")
endforeach()
list(TRANSFORM FRIBIDI_LIB_SOURCES PREPEND "${FRIBIDI_BUILD}/")
add_library(annotator_fribidi STATIC ${FRIBIDI_LIB_SOURCES} ${FRIBIDI_GENERATED})
set_target_properties(annotator_fribidi PROPERTIES LINKER_LANGUAGE C)
target_compile_definitions(annotator_fribidi PRIVATE HAVE_STDLIB_H HAVE_STRING_H
                           HAVE_STRINGIZE STDC_HEADERS=1 FRIBIDI_LIB_STATIC)
target_include_directories(annotator_fribidi SYSTEM PUBLIC "${FRIBIDI_BUILD}")
if(NOT EMSCRIPTEN)
  target_compile_options(annotator_fribidi PRIVATE -w)  # not our code; its warnings are noise
endif()

# [SECTION] HarfBuzz: its one-translation-unit build, no threads, no exceptions or RTTI,
# and without what shaping for the reading view does not use (most of HarfBuzz's own
# HB_LEAN and HB_MINI lists; kept: collecting a face's code points, font metrics, rarely
# used layout features) so the WebAssembly stays small. Glyphs are drawn by the app's
# rasteriser, not by HarfBuzz: no drawing, no colour or bitmap tables, no CFF outlines.
add_library(annotator_harfbuzz STATIC "${HARFBUZZ_DIR}/src/harfbuzz.cc")
target_compile_definitions(annotator_harfbuzz PRIVATE HB_NO_MT HB_MINI HB_DISABLE_DEPRECATED
    HB_NDEBUG HB_NO_ATEXIT HB_NO_BUFFER_MESSAGE HB_NO_BUFFER_SERIALIZE HB_NO_BUFFER_VERIFY
    HB_NO_BITMAP HB_NO_CFF HB_NO_COLOR HB_NO_DRAW HB_NO_ERRNO HB_NO_GETENV HB_NO_HINTING
    HB_NO_LANGUAGE_LONG HB_NO_LAYOUT_FEATURE_PARAMS HB_NO_LAYOUT_COLLECT_GLYPHS HB_NO_MATH
    HB_NO_META HB_NO_MMAP HB_NO_NAME HB_NO_OPEN HB_NO_SETLOCALE HB_NO_OT_FONT_GLYPH_NAMES
    HB_NO_STYLE HB_NO_SUBSET_LAYOUT HB_NO_VERTICAL HB_NO_VAR)
target_compile_options(annotator_harfbuzz PRIVATE -fno-exceptions -fno-rtti -w)
target_include_directories(annotator_harfbuzz SYSTEM PUBLIC "${HARFBUZZ_DIR}/src")
if(EMSCRIPTEN)
  # Every byte of the page is downloaded: the third-party libraries are built for size.
  target_compile_options(annotator_harfbuzz PRIVATE -Os)
  target_compile_options(annotator_fribidi PRIVATE -Os)
endif()

target_link_libraries(annotator_core PUBLIC annotator_harfbuzz annotator_fribidi)
