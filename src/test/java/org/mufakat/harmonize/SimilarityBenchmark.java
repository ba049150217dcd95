package org.mufakat.harmonize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Times {@link Similarity#clusters} on a generated round of 2,000 statements from nine constituencies. Run it with
 * {@code src/test/bench/similarity.sh}; it is not a test, so no build waits on it.
 *
 * <p>The statements are built from migrant-worker phrases: one of about a hundred demands from eleven themes, often
 * for a group of workers, sometimes with a means or a deadline, so that many share words without saying the same
 * thing and each demand is made by several constituencies, as in a round where the network broadly agrees. One in
 * six is a reworded copy of another constituency's statement (a verb swapped for a synonym, a phrase dropped or
 * added, addressee boilerplate put in front). The seed is fixed, so every run sees the same round.
 */
public final class SimilarityBenchmark {

    private static final int STATEMENTS = 2_000;
    private static final int CONSTITUENCIES = 9;
    private static final int WARM_UP_RUNS = 5;
    private static final int TIMED_RUNS = 15;

    /** Verbs a demand may open with; a reworded copy swaps one for another of its row. */
    private static final String[][] SYNONYMS = {
        {"Ban", "Prohibit", "Outlaw"},
        {"Guarantee", "Secure", "Uphold"},
        {"Strengthen", "Improve", "Reinforce"},
        {"Adopt", "Introduce", "Enact"},
        {"Provide", "Offer", "Make available"},
        {"End", "Stop", "Put an end to"},
        {"Publish", "Disclose", "Make public"},
        {"Set up", "Establish", "Create"},
    };

    /**
     * Demands, theme by theme: recruitment, domestic work, documents, justice, social protection, detention, wages,
     * trafficking and return, health, women and children, data and participation.
     */
    private static final String[][] DEMANDS = {
        {"Ban recruitment fees charged to migrant workers", "Ban placement fees and related costs paid by workers",
            "End debt bondage arising from recruitment loans", "Publish a register of licensed recruitment agencies",
            "Guarantee joint liability of recruitment agencies and employers",
            "Adopt the employer-pays principle for all recruitment costs",
            "End contract substitution when workers arrive in the destination country",
            "Strengthen the licensing and monitoring of sub-agents in villages",
            "Publish the names of agencies whose licence was revoked",
            "Set up government-to-government recruitment channels that bypass brokers",
            "Provide loans at fair interest through state banks instead of moneylenders",
            "Ban the use of training centres to hold recruits before departure",
            "Guarantee that job offers are written in a language the worker understands",
            "Adopt a cap on the number of intermediaries in a recruitment chain"},
        {"Guarantee domestic workers a weekly day off", "Guarantee a written contract for every domestic worker",
            "Adopt limits on the working hours of domestic workers",
            "Guarantee the right of domestic workers to live outside the employer's house",
            "Adopt a law that covers domestic workers as workers", "Guarantee a minimum wage for domestic work",
            "Adopt ILO Convention 189 and bring national law into line with it",
            "Guarantee decent accommodation, food and privacy for live-in domestic workers",
            "Guarantee domestic workers the right to change employers without penalty",
            "Set up labour inspection of private households with the consent of a court",
            "Ban the transfer of domestic workers between households of the same family",
            "Guarantee domestic workers time and money to call their families"},
        {"Ban the confiscation of passports by employers", "End the retention of identity documents by agents",
            "Guarantee the right of workers to keep their own passports and work permits",
            "Provide passport renewal at consulates without fees or delays",
            "Provide identity documents free of charge to stateless and undocumented children",
            "Adopt an amnesty that lets undocumented workers regularise their status",
            "End the tying of work permits to a single employer",
            "Provide secure lockers in dormitories so that workers can keep their documents",
            "Ban biometric data sharing with employers without consent"},
        {"Guarantee access to justice for migrant workers", "Provide free legal aid and interpreters in labour courts",
            "Guarantee the right to stay and work while a complaint or court case is pending",
            "Set up complaint mechanisms that workers can reach in their own language",
            "Provide compensation for workers who suffered abuse or unpaid wages",
            "Set up shelters for workers who flee abusive employers",
            "Guarantee that police record complaints from undocumented workers without arresting them",
            "Adopt firewalls between labour inspection and immigration enforcement",
            "Provide cross-border enforcement of labour court judgments after return",
            "Guarantee the protection of witnesses in cases against employers"},
        {"Guarantee the portability of social security benefits between countries",
            "Adopt bilateral social security agreements covering pensions",
            "Guarantee that pension contributions are refunded when workers return home",
            "Provide health insurance for migrant workers and their families",
            "Provide employment injury compensation regardless of immigration status",
            "Guarantee maternity protection and leave for women migrant workers",
            "Guarantee unemployment benefits to migrant workers who lose their jobs",
            "Provide a portable savings scheme that follows workers across borders",
            "Adopt a regional fund for workers stranded by employer insolvency"},
        {"End the immigration detention of undocumented migrants", "End the detention of migrant children",
            "Adopt community-based alternatives to immigration detention",
            "Guarantee detained migrants access to lawyers and consular officers",
            "Improve living conditions and health care in immigration detention centres",
            "End mass deportations carried out without individual review",
            "Ban whipping and other corporal punishment for immigration offences",
            "Publish the number of people held in immigration depots each month",
            "Guarantee that deportation is never carried out to a country where the person faces harm",
            "Set a maximum length of immigration detention in law"},
        {"Guarantee full and timely payment of wages into bank accounts", "Ban unlawful deductions from wages",
            "Guarantee equal pay for migrant and national workers", "Guarantee overtime pay in plantations",
            "Set up a wage protection system that flags late payment",
            "Ban payment by piece rate below the minimum wage in agriculture",
            "Provide low-cost remittance channels without hidden charges",
            "Guarantee the payment of wages owed before any worker is repatriated",
            "Adopt a wage guarantee fund financed by employers' levies"},
        {"End forced labour on fishing vessels", "End trafficking of workers into online scam compounds",
            "Improve the identification of trafficking victims among deported migrants",
            "Provide safe return and reintegration support, including skills recognition",
            "Provide pre-departure orientation on workers' rights and complaint channels",
            "Ban transhipment at sea that keeps fishers away from port for years",
            "Guarantee satellite internet access for fishers on distant-water vessels",
            "Provide psychosocial support for survivors of trafficking",
            "Set up one-stop reintegration centres in provinces with high outmigration"},
        {"Provide mental health services for migrant workers in their own languages",
            "End mandatory pregnancy testing of women migrant workers",
            "End deportation of workers who test positive for HIV or tuberculosis",
            "Guarantee access to emergency health care regardless of status",
            "Improve ventilation and heat protection on construction sites",
            "Provide safe and clean dormitories with no more than six workers to a room",
            "Guarantee pesticide safety training and protective equipment for plantation workers"},
        {"End child labour on plantations and in fishing communities",
            "Guarantee schooling for children of migrant workers in the destination country",
            "Provide birth registration for all children born to migrant parents",
            "Guarantee the right of migrant workers to marry and to bring their spouses",
            "End sexual harassment of women migrant workers in factories and homes",
            "Provide childcare support for families left behind in origin communities",
            "Guarantee women migrant workers the right to keep working after childbirth"},
        {"Publish data on migrant workers disaggregated by sex, age and sector",
            "Guarantee the right of migrant workers to join and form trade unions",
            "Adopt a seat for migrant workers' organisations in the national tripartite council",
            "Set up an ASEAN mechanism to monitor the Consensus on migrant workers' rights",
            "Provide voting from abroad for migrant workers in national elections",
            "Guarantee funding for migrant worker resource centres run with civil society"},
    };

    private static final String[] GROUPS = {
        "for domestic workers", "for women migrant workers", "for migrant fishers and seafarers",
        "for undocumented migrants", "for workers on palm oil plantations", "for construction workers",
        "for care workers in private homes", "for factory workers in export zones", "for migrant children",
        "for returning migrant workers", "for workers recruited through online platforms",
        "for workers in agriculture and food processing",
    };

    private static final String[] MEANS = {
        "within two years", "by 2027", "without delay", "as a matter of priority", "in law and in practice",
        "through a national action plan", "with a dedicated budget", "with trade unions",
        "with migrant associations", "through bilateral agreements", "with dissuasive sanctions",
        "with regular labour inspections", "in line with ILO standards", "through the consulates",
        "with civil society", "at provincial level", "in all sectors", "in the workers' own languages",
        "with yearly reports to parliament", "through the ASEAN Committee on Migrant Workers",
    };

    private static final String[] BOILERPLATE = {
        "We urge ASEAN Member States to", "Governments should", "We call on governments of origin and destination to",
        "Member states must",
    };

    private SimilarityBenchmark() {
    }

    public static void main(String[] args) {
        List<SimilarityInput> round = generate(new Random(20_260_131L));
        Similarity similarity = new Similarity();

        int clusters = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            clusters = similarity.clusters(round, Similarity.DEFAULT_THRESHOLD).size();
        }
        long[] nanos = new long[TIMED_RUNS];
        for (int i = 0; i < TIMED_RUNS; i++) {
            long start = System.nanoTime();
            List<SuggestionCluster> result = similarity.clusters(round, Similarity.DEFAULT_THRESHOLD);
            nanos[i] = System.nanoTime() - start;
            if (result.size() != clusters) {
                throw new IllegalStateException("the result changed between runs");
            }
        }
        Runtime runtime = Runtime.getRuntime();
        long heapUsed = runtime.totalMemory() - runtime.freeMemory();
        System.gc();
        long heapRetained = runtime.totalMemory() - runtime.freeMemory();
        Arrays.sort(nanos);

        System.out.printf("statements:     %d (%d constituencies)%n", round.size(), CONSTITUENCIES);
        System.out.printf("threshold:      %.2f%n", Similarity.DEFAULT_THRESHOLD);
        System.out.printf("clusters found: %d%n", clusters);
        System.out.printf("runs:           %d timed after %d warm-up%n", TIMED_RUNS, WARM_UP_RUNS);
        System.out.printf("median:         %.1f ms%n", nanos[TIMED_RUNS / 2] / 1e6);
        System.out.printf("max:            %.1f ms%n", nanos[TIMED_RUNS - 1] / 1e6);
        System.out.printf("heap used:      %.1f MiB after the runs, %.1f MiB after a GC (max heap %.0f MiB)%n",
                heapUsed / 1048576.0, heapRetained / 1048576.0, runtime.maxMemory() / 1048576.0);
        System.out.printf("processors:     %d%n", runtime.availableProcessors());
    }

    static List<SimilarityInput> generate(Random random) {
        List<SimilarityInput> round = new ArrayList<>(STATEMENTS);
        List<String> originals = new ArrayList<>();
        List<Long> originalConstituencies = new ArrayList<>();
        for (int i = 0; i < STATEMENTS; i++) {
            long statementId = 10_000L + i;
            long constituency = 1 + random.nextInt(CONSTITUENCIES);
            String text;
            if (originals.size() > 20 && random.nextInt(6) == 0) {
                int source = random.nextInt(originals.size());
                while (constituency == originalConstituencies.get(source)) {
                    constituency = 1 + random.nextInt(CONSTITUENCIES);
                }
                text = reword(originals.get(source), random);
            } else {
                text = compose(random);
                originals.add(text);
                originalConstituencies.add(constituency);
            }
            round.add(new SimilarityInput(statementId, constituency, text));
        }
        return round;
    }

    private static String compose(Random random) {
        String[] theme = DEMANDS[random.nextInt(DEMANDS.length)];
        StringBuilder text = new StringBuilder(pick(theme, random));
        if (random.nextInt(2) == 0) {
            text.append(' ').append(pick(GROUPS, random));
        }
        if (random.nextInt(3) == 0) {
            text.append(' ').append(pick(MEANS, random));
        }
        String statement = text.append('.').toString();
        return random.nextInt(5) == 0 ? "**" + statement.replaceFirst(" ", "** ") : statement;
    }

    /** Another constituency saying the same: a synonym for the verb, a phrase more or less, boilerplate in front. */
    private static String reword(String original, Random random) {
        String text = original.replace("**", "");
        outer:
        for (String[] synonyms : SYNONYMS) {
            for (String verb : synonyms) {
                if (text.startsWith(verb + " ")) {
                    text = pick(synonyms, random) + text.substring(verb.length());
                    break outer;
                }
            }
        }
        int comma = text.lastIndexOf(", ");
        if (comma > 0 && random.nextBoolean()) {
            text = text.substring(0, comma) + ".";
        } else {
            text = text.substring(0, text.length() - 1) + ", " + pick(MEANS, random) + ".";
        }
        if (random.nextInt(3) == 0) {
            text = pick(BOILERPLATE, random) + " " + Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
