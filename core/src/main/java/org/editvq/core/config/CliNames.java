package org.editvq.core.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * The command-line and file names of configuration enums: the constant's name in lower case with
 * {@code -} for {@code _} ({@code STRAIGHT_THROUGH} → {@code straight-through}), parsed back in any case.
 */
public final class CliNames {
    private CliNames() {
    }

    /** The name of {@code value} on the command line and in files. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The constant of {@code type} named {@code name} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming {@code what}, the value and the accepted names
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name, String what) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (of(e).equals(wanted)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + name + "'; expected " + choices(type));
    }

    /** The names of {@code type}'s constants as a phrase: {@code a, b or c}. */
    public static String choices(Class<? extends Enum<?>> type) {
        java.util.List<String> names = Arrays.stream(type.getEnumConstants()).map(CliNames::of).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
