//! Interface strings for the two headline figures (conditions for shared leadership,
//! leadership spread), the count questions and the team's network density, in every
//! supported language. Like `crate::i18n`, each language is a value of one struct, so
//! a missing translation does not compile.

/// Strings for headline figures, counts and density.
#[derive(Debug)]
pub struct FigureStrings {
    pub spread_label: &'static str,
    pub spread_meaning: &'static str,
    /// The same for a questionnaire without the count of teammates who led.
    pub spread_meaning_no_network: &'static str,
    /// Shown in place of a figure that cannot be computed.
    pub not_computable: &'static str,
    /// "You see {k} of your {t} teammates take the lead."
    pub network_you_see: &'static str,
    /// Added when a count was larger than the team allows.
    pub network_clipped: &'static str,
    /// Accessible label of the number field of a count question.
    pub count_field: &'static str,
    /// "A whole number from {min} to {max}."
    pub count_hint: &'static str,
    /// The entry is not a whole number.
    pub count_not_number: &'static str,
    /// "{v} is outside {min}–{max}."
    pub count_out_of_range: &'static str,
    /// "Your team has {size} people including you, so at most {max} teammates."
    pub count_above_team: &'static str,
    /// Team view: density heading and sentence.
    pub density_title: &'static str,
    pub density_meaning: &'static str,
    /// What density cannot show.
    pub density_limits: &'static str,
    /// Marks an interval clipped at 0 or 1.
    pub density_clipped: &'static str,
    /// "Shown once at least {min} people have given their team size and a count."
    pub density_more_needed: &'static str,
    /// Team view: the mean spread.
    pub team_spread: &'static str,
}

/// English.
#[cfg(feature = "lang-en")]
pub const EN: FigureStrings = FigureStrings {
    spread_label: "Leadership spread",
    spread_meaning: "How widely leadership is actually shared, from who leads the tasks asked about, how many teammates took the lead and how often you did (0 = one person leads everything, 100 = everyone leads as needed).",
    spread_meaning_no_network: "How widely leadership is actually shared, from who leads the tasks asked about and how often you led (0 = one person leads everything, 100 = everyone leads as needed).",
    not_computable: "not enough answers",
    network_you_see: "You saw {k} of your {t} teammates take the lead in the past month.",
    network_clipped: "(You named more teammates than your team size allows, so the count was capped at {t}.)",
    count_field: "Number",
    count_hint: "A whole number from {min} to {max}.",
    count_not_number: "Please enter a whole number such as 3.",
    count_out_of_range: "{v} is outside the range {min} to {max}.",
    count_above_team: "Your team has {size} people including you, so at most {max} teammates can have led.",
    density_title: "Leadership network density",
    density_meaning: "The share of possible \u{201c}this teammate took the lead\u{201d} links that members reported, estimated without names: the sum of the teammates each member saw lead, divided by the sum of their teammates.",
    density_limits: "It rests on perceptions, not observations, and cannot show whether the lead sits with one person whom everyone names (that would need names).",
    density_clipped: "The interval was cut at the possible range of 0 to 1.",
    density_more_needed: "The density is shown once at least {min} people have given both their team size and a count.",
    team_spread: "Leadership spread (team mean)",
};

/// German.
#[cfg(feature = "lang-de")]
pub const DE: FigureStrings = FigureStrings {
    spread_label: "Verteilung der F\u{fc}hrung",
    spread_meaning: "Wie breit F\u{fc}hrung tats\u{e4}chlich geteilt wird, aus der Frage, wer bei den erfragten Aufgaben f\u{fc}hrt, wie viele Teammitglieder die F\u{fc}hrung \u{fc}bernommen haben und wie oft Sie selbst (0 = eine Person f\u{fc}hrt alles, 100 = alle f\u{fc}hren je nach Bedarf).",
    spread_meaning_no_network: "Wie breit F\u{fc}hrung tats\u{e4}chlich geteilt wird, aus der Frage, wer bei den erfragten Aufgaben f\u{fc}hrt, und wie oft Sie selbst gef\u{fc}hrt haben (0 = eine Person f\u{fc}hrt alles, 100 = alle f\u{fc}hren je nach Bedarf).",
    not_computable: "zu wenige Antworten",
    network_you_see: "Sie haben im letzten Monat {k} von {t} Teammitgliedern die F\u{fc}hrung \u{fc}bernehmen sehen.",
    network_clipped: "(Sie haben mehr Teammitglieder angegeben, als Ihr Team hat; die Anzahl wurde auf {t} begrenzt.)",
    count_field: "Anzahl",
    count_hint: "Eine ganze Zahl von {min} bis {max}.",
    count_not_number: "Bitte eine ganze Zahl eingeben, zum Beispiel 3.",
    count_out_of_range: "{v} liegt au\u{df}erhalb von {min} bis {max}.",
    count_above_team: "Ihr Team hat {size} Personen einschlie\u{df}lich Ihnen, also k\u{f6}nnen h\u{f6}chstens {max} Teammitglieder gef\u{fc}hrt haben.",
    density_title: "Dichte des F\u{fc}hrungsnetzes",
    density_meaning: "Der Anteil der m\u{f6}glichen Verbindungen \u{201e}dieses Teammitglied hat die F\u{fc}hrung \u{fc}bernommen\u{201c}, die die Mitglieder berichtet haben, gesch\u{e4}tzt ohne Namen: die Summe der Teammitglieder, die jede Person f\u{fc}hren sah, geteilt durch die Summe ihrer Teammitglieder.",
    density_limits: "Sie beruht auf Wahrnehmungen, nicht auf Beobachtungen, und kann nicht zeigen, ob die F\u{fc}hrung bei einer Person liegt, die alle nennen (daf\u{fc}r br\u{e4}uchte es Namen).",
    density_clipped: "Das Intervall wurde am m\u{f6}glichen Bereich von 0 bis 1 abgeschnitten.",
    density_more_needed: "Die Dichte erscheint, sobald mindestens {min} Personen sowohl ihre Teamgr\u{f6}\u{df}e als auch eine Anzahl angegeben haben.",
    team_spread: "Verteilung der F\u{fc}hrung (Teammittel)",
};

/// French.
#[cfg(feature = "lang-fr")]
pub const FR: FigureStrings = FigureStrings {
    spread_label: "R\u{e9}partition du leadership",
    spread_meaning: "\u{c0} quel point le leadership est r\u{e9}ellement partag\u{e9}, d\u{2019}apr\u{e8}s qui m\u{e8}ne les t\u{e2}ches demand\u{e9}es, combien de coll\u{e8}gues ont pris l\u{2019}initiative et \u{e0} quelle fr\u{e9}quence vous l\u{2019}avez fait vous-m\u{ea}me (0\u{a0}= une seule personne m\u{e8}ne tout, 100\u{a0}= chacun prend la main selon les besoins).",
    spread_meaning_no_network: "\u{c0} quel point le leadership est r\u{e9}ellement partag\u{e9}, d\u{2019}apr\u{e8}s qui m\u{e8}ne les t\u{e2}ches demand\u{e9}es et \u{e0} quelle fr\u{e9}quence vous avez men\u{e9} vous-m\u{ea}me (0\u{a0}= une seule personne m\u{e8}ne tout, 100\u{a0}= chacun prend la main selon les besoins).",
    not_computable: "pas assez de r\u{e9}ponses",
    network_you_see: "Au cours du dernier mois, vous avez vu {k} de vos {t}\u{a0}coll\u{e8}gues prendre l\u{2019}initiative.",
    network_clipped: "(Vous avez indiqu\u{e9} plus de coll\u{e8}gues que votre \u{e9}quipe n\u{2019}en compte\u{a0}; le nombre a \u{e9}t\u{e9} ramen\u{e9} \u{e0} {t}.)",
    count_field: "Nombre",
    count_hint: "Un nombre entier de {min} \u{e0} {max}.",
    count_not_number: "Veuillez saisir un nombre entier, par exemple 3.",
    count_out_of_range: "{v} est en dehors de la plage {min} \u{e0} {max}.",
    count_above_team: "Votre \u{e9}quipe compte {size}\u{a0}personnes, vous compris\u{a0}: au plus {max}\u{a0}coll\u{e8}gues peuvent avoir pris l\u{2019}initiative.",
    density_title: "Densit\u{e9} du r\u{e9}seau de leadership",
    density_meaning: "La part des liens possibles \u{ab}\u{a0}ce coll\u{e8}gue a pris l\u{2019}initiative\u{a0}\u{bb} que les membres ont signal\u{e9}s, estim\u{e9}e sans noms\u{a0}: la somme des coll\u{e8}gues que chacun a vus mener, divis\u{e9}e par la somme de leurs coll\u{e8}gues.",
    density_limits: "Elle repose sur des perceptions, non sur des observations, et ne peut pas montrer si le leadership se concentre sur une personne que tout le monde cite (il faudrait des noms pour cela).",
    density_clipped: "L\u{2019}intervalle a \u{e9}t\u{e9} coup\u{e9} aux bornes possibles, 0 et 1.",
    density_more_needed: "La densit\u{e9} s\u{2019}affiche d\u{e8}s qu\u{2019}au moins {min}\u{a0}personnes ont indiqu\u{e9} \u{e0} la fois la taille de leur \u{e9}quipe et un nombre.",
    team_spread: "R\u{e9}partition du leadership (moyenne de l\u{2019}\u{e9}quipe)",
};

/// The strings for a language (English when the language is unknown): the one
/// registered with that language's `Strings` in `i18n`.
pub fn figure_strings(lang: &str) -> &'static FigureStrings {
    crate::i18n::strings(lang).figures
}
