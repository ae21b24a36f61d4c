package org.cooplog.console.web;

import java.util.List;
import java.util.Locale;
import org.cooplog.console.web.Countries.Country;

/** The countries a country field offers, named in the page's language. */
public record CountryChoices(Locale locale) {

    public List<Country> of(FormField field) {
        List<Country> all = Countries.all(locale);
        return field.options().isEmpty()
                ? all
                : all.stream().filter(c -> field.options().contains(c.code())).toList();
    }

    /** What the list shows beside the name the field takes: the other language's name and the code. */
    public String label(Country country) {
        return ("en".equals(locale.getLanguage()) ? country.vi() : country.en()) + " · " + country.code();
    }

    public String name(Country country) {
        return country.name(locale);
    }
}
