package org.lifelonglinks.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lifelonglinks.chart.ChartRenderer.Format;
import org.lifelonglinks.chart.ChartRenderer.View;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.safeguarding.OwnNetwork;
import org.lifelonglinks.safeguarding.OwnNetwork.OwnKin;
import org.lifelonglinks.safeguarding.OwnNetwork.OwnPerson;
import org.lifelonglinks.network.Sex;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The young person's own chart speaks their words and draws what their cards say. */
class OwnChartTests {

    /** Someone in each contact situation the young person's page can show, and someone remembered. */
    static final OwnNetwork ROBINS = new OwnNetwork(new OwnNetwork.Me("you", "Robin"), List.of(
            new OwnPerson("gran", "Nanna Jo", "grandmother", Category.FAMILY, Sex.FEMALE, false, Baseline.REGULAR,
                    false),
            new OwnPerson("mum", "Dana", "mum", Category.FAMILY, Sex.FEMALE, false, Baseline.BROKEN_DOWN, false),
            new OwnPerson("dad", "Lee", "dad", Category.FAMILY, Sex.MALE, false, Baseline.LOST_TOUCH, false),
            new OwnPerson("leah", "Leah", "cousin", Category.FAMILY, Sex.FEMALE, false, Baseline.NEVER_MET, false),
            new OwnPerson("angela", "Angela", "foster carer", Category.FORMER_CARER, Sex.FEMALE, false,
                    Baseline.OCCASIONAL, true),
            new OwnPerson("grandad", "Grandad Ray", "grandfather", Category.FAMILY, Sex.MALE, true,
                    Baseline.LOST_TOUCH, false),
            new OwnPerson("jas", "Jas", "youth worker", Category.PROFESSIONAL, Sex.OTHER, false, Baseline.REGULAR,
                    false)),
            List.of(new OwnKin("mum", "you", KinKind.PARENT, KinQualifier.BIRTH),
                    new OwnKin("dad", "you", KinKind.PARENT, KinQualifier.BIRTH),
                    new OwnKin("grandad", "mum", KinKind.PARENT, KinQualifier.BIRTH),
                    new OwnKin("gran", "mum", KinKind.PARENT, KinQualifier.BIRTH)));

    @Test
    void theKeyToThePeopleAroundThemIsInWordsATwelveYearOldUses() throws Exception {
        String text = textOf(render(ROBINS, View.ECOMAP));

        assertThat(text).contains("Key", "you, in the middle", "in touch often", "in touch now and then",
                "not in touch at the moment", "no line: not met yet", "back in touch", "remembered (has died)",
                "PEOPLE WHO CARED FOR YOU", "PEOPLE WHO WORK WITH YOU");
        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("tenuous", "stressful", "broken", "referral",
                "x: has died", "(died)", "professionals", "former carers");
    }

    /** The young person's chart in Welsh: every word from the Welsh bundle; a worker's chart keeps English. */
    @Test
    void inWelshTheirChartSpeaksWelshAndAWorkersChartDoesNot() throws Exception {
        var bundle = new java.util.Properties();
        try (var in = OwnChartTests.class.getResourceAsStream("/i18n/young-person_cy.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var welsh = OwnWords.of(bundle::getProperty);
        var chart = ChartService.fromOwnNetwork(ROBINS).inWords(welsh);

        String ecomap = textOf(parse(ChartRenderer.render(chart, View.ECOMAP, Format.SVG)));
        assertThat(ecomap).contains("Rhwydwaith Robin", "Allwedd", "ti, yn y canol", "mewn cysylltiad yn aml",
                "TEULU", "POBL A FU'N GOFALU AMDANAT TI", "POBL SY'N GWEITHIO GYDA TI", "★ mewn cysylltiad eto",
                "♡ yn ein cof");
        assertThat(ecomap).doesNotContain("Key", "network", "in touch", "PEOPLE", "FAMILY", "remembered");
        String svg = new String(ChartRenderer.render(chart, View.ECOMAP, Format.SVG), StandardCharsets.UTF_8);
        assertThat(svg).contains("<desc id=\"chart-desc\">7 o bobl. Mae'r allwedd");

        String tree = textOf(parse(ChartRenderer.render(chart, View.FAMILY, Format.SVG)));
        assertThat(tree).contains("Coeden deulu Robin", "bachgen neu ddyn", "merch neu fenyw", "teulu maeth",
                "o bobl eraill yn Pobl o fy nghwmpas");
        assertThat(tree).doesNotContain("family tree", "boy or man", "Key");

        var worker = ChartService.fromNetwork(SampleNetwork.build(), SampleNetwork.DO_NOT_CONTACT);
        assertThat(worker.words()).isSameAs(OwnWords.ENGLISH);
        String workers = textOf(parse(ChartRenderer.render(worker.inWords(welsh), View.ECOMAP, Format.SVG)));
        assertThat(workers).as("a worker's chart never takes the young person's words").contains("Key", "'s network")
                .doesNotContain("Allwedd", "Rhwydwaith", "TEULU");
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void nothingOnTheirChartSaysAnyoneIsBarredOrHidden(View view) throws Exception {
        String text = textOf(render(ROBINS, view)).toLowerCase(Locale.ROOT);
        String svg = new String(ChartRenderer.render(ChartService.fromOwnNetwork(ROBINS), view, Format.SVG),
                StandardCharsets.UTF_8);

        assertThat(text).doesNotContain("do not contact", "hidden", "risk", "barred", "safety", "not allowed",
                "restricted", "no contact");
        assertThat(svg).as("no warning rings either").doesNotContain(SvgPainter.WARNING);
    }

    @Test
    void theFamilyTreeKeyIsInTheirWordsTooAndRemembersRatherThanCrossesOut() throws Exception {
        var document = render(ROBINS, View.FAMILY);
        String text = textOf(document);

        assertThat(text).contains("boy or man", "girl or woman", "foster family", "♡ remembered (has died)",
                "Grandad Ray");
        assertThat(labelOf(document, "grandad")).contains("♡ remembered");
        assertThat(text).doesNotContain("X: has died", "male", "female");
        assertThat(document.getElementsByTagName("path").getLength()).as("no cross over anyone").isZero();
    }

    @Test
    void eachLineIsDrawnFromTheContactSituationTheirCardShows() throws Exception {
        var lines = linesByPerson(render(ROBINS, View.ECOMAP));

        for (var person : ROBINS.people()) {
            assertThat(lines.get(person.id())).as(person.name() + ", whose card says: " + cardSays(person))
                    .isEqualTo(expectedLine(cardSays(person)));
        }
        assertThat(lines.get("mum")).as("Mum's card says not in touch at the moment, not 'stressful'")
                .isEqualTo("dotted");
    }

    @Test
    void theStarAndTheHeartOfTheCardsAreOnTheLines() throws Exception {
        String svg = new String(ChartRenderer.render(ChartService.fromOwnNetwork(ROBINS), View.ECOMAP, Format.SVG),
                StandardCharsets.UTF_8);

        assertThat(labelOf(render(ROBINS, View.ECOMAP), "angela")).contains("★ back in touch");
        assertThat(labelOf(render(ROBINS, View.ECOMAP), "grandad")).contains("Grandad Ray", "♡ remembered");
        assertThat(svg).contains(">★</text>", ">♡</text>").doesNotContain(">✓</text>");
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void theirPngIsTheSamePictureInTheSameWords(View view) throws Exception {
        byte[] png = ChartRenderer.render(ChartService.fromOwnNetwork(ROBINS), view, Format.PNG);

        var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
        var svg = render(ROBINS, view).getDocumentElement();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(Integer.parseInt(svg.getAttribute("width")) * 1.5));
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "charts"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "charts", "own-" + view.name().toLowerCase(
                Locale.ROOT) + ".png"), png);
    }

    @Test
    void aWorkersChartKeepsItsNotation() throws Exception {
        var worker = ChartService.fromNetwork(SampleNetwork.build(), SampleNetwork.DO_NOT_CONTACT);
        String text = textOf(parse(ChartRenderer.render(worker, View.ECOMAP, Format.SVG)));

        assertThat(text).contains("tenuous: now and then", "stressful or broken down", "X: has died",
                "double red ring: do not contact", "✓ back in touch since referral", "DO NOT CONTACT");
        assertThat(linesByPerson(parse(ChartRenderer.render(worker, View.ECOMAP, Format.SVG))).get("uncle"))
                .isEqualTo("zigzag");
    }

    /** What the young person's card says about being in touch (me.js), or "Remembered" for someone who died. */
    static String cardSays(OwnPerson person) {
        if (person.deceased()) {
            return "Remembered";
        }
        return switch (person.contact()) {
            case REGULAR -> "You are in touch often";
            case OCCASIONAL -> "You are in touch now and then";
            case LOST_TOUCH, BROKEN_DOWN -> "Not in touch at the moment";
            case NEVER_MET -> "You have not met yet";
        };
    }

    /** The line the key pairs with those words; null where the key says there is no line. */
    static String expectedLine(String cardWords) {
        return switch (cardWords) {
            case "You are in touch often" -> "thick";
            case "You are in touch now and then" -> "dashed";
            case "Not in touch at the moment" -> "dotted";
            case "You have not met yet" -> null;
            case "Remembered" -> "solid";
            default -> throw new IllegalArgumentException(cardWords);
        };
    }

    /** Each person's line to the young person, by how it looks: thick, dashed, dotted, zigzag or solid. */
    static Map<String, String> linesByPerson(Document svg) {
        var lines = new LinkedHashMap<String, String>();
        var group = svg.getElementById("lines") != null ? svg.getElementById("lines")
                : byId(svg, "lines");
        var children = group.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element line && line.hasAttribute("data-for")) {
                lines.put(line.getAttribute("data-for"), styleOf(line));
            }
        }
        return lines;
    }

    static String styleOf(Element line) {
        if (line.getTagName().equals("polyline")) {
            return "zigzag";
        }
        return switch (line.getAttribute("stroke-dasharray")) {
            case "8 5" -> "dashed";
            case "2 4" -> "dotted";
            default -> line.getAttribute("stroke-width").equals("4") ? "thick" : "solid";
        };
    }

    static Document parse(byte[] svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static Document render(OwnNetwork own, View view) throws Exception {
        return parse(ChartRenderer.render(ChartService.fromOwnNetwork(own), view, Format.SVG));
    }

    /** Every piece of text the chart shows, one per line. */
    static String textOf(Document svg) {
        var texts = svg.getElementsByTagName("text");
        var all = new StringBuilder(svg.getElementsByTagName("title").item(0).getTextContent()).append('\n');
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (Element) texts.item(i);
            var spans = text.getElementsByTagName("tspan");
            if (spans.getLength() == 0) {
                all.append(text.getTextContent()).append('\n');
            }
            for (int j = 0; j < spans.getLength(); j++) {
                all.append(spans.item(j).getTextContent()).append('\n');
            }
        }
        return all.toString();
    }

    private static String labelOf(Document svg, String personId) {
        var texts = svg.getElementsByTagName("text");
        for (int i = 0; i < texts.getLength(); i++) {
            var text = (Element) texts.item(i);
            if (personId.equals(text.getAttribute("data-for"))) {
                return textOf(text);
            }
        }
        throw new AssertionError("no label for " + personId);
    }

    private static String textOf(Element text) {
        var spans = text.getElementsByTagName("tspan");
        var lines = new StringBuilder();
        for (int j = 0; j < spans.getLength(); j++) {
            lines.append(spans.item(j).getTextContent()).append('\n');
        }
        return lines.toString();
    }

    private static Element byId(Document svg, String id) {
        var groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (id.equals(((Element) groups.item(i)).getAttribute("id"))) {
                return (Element) groups.item(i);
            }
        }
        throw new AssertionError("no group " + id);
    }
}
