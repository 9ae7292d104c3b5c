"""English words of the trade that are never re-read as a foreign word (besides every table's English key):
the words product names are written with, and everyday English words of orders whose spelling a foreign
stem could share ("pane", "mere", "pain", "pasta" stay what they are in English)."""

from __future__ import annotations

from jobs.language.tables import word_set

ENGLISH_WORDS = word_set("""
    box case pack bag organic per white can milk tub chicken free cream sugar water oil powder bags whole
    sauce original red flour rice tea cola black syrup butter hot beans bottle ply beef tin portions frozen
    cups block paper drink tray sliced skimmed chocolate mozzarella green glass yoghurt salted lids juice
    barista grated orange vanilla tomatoes house fillets fresh semi extra cheese mix gloves eggs dried liquid
    clear pizza napkins cheddar cleaner blue paste foil coffee espresso sack brown spring roll cut ice
    sachets tomato wine plain bread fat keg double still oat coconut fish kebab sticks approx range pet
    sparkling olive chip skin pork lamb burger egg medium zero large food outer ginger mature boneless halal
    rolls vegetable nitrile pure catering jar seeds hand potatoes mixed boxes leaves dry ground energy lager
    single olives almond slices basmati apple light dark cup wooden onions mushrooms peeled fillet ready soft
    pistachio noodles fruit tonic pieces gluten virgin rapeseed cooked breast garlic caramel soy salt
    mayonnaise pepper cubes ketchup decaf smoked natural jumbo cider vinegar chips fries beer breaded
    cocktail mild onion mango frying chilli pastry wrapped diet mineral prosecco english latte mince straws
    centrefeed brut toilet uht greek grade style washing lemon non sweet salmon sausages inch doner
    strawberry seasoning sheets containers indian gin rum film sanitiser floor pasteurised carrier soya
    lentils almonds golden limes pink flakes bar surface peas peppers skinless cod pre baked buns halloumi
    cake curry sushi roasted packs yam plantain patties lettuce fever tree vodka breakfast chopped dinner
    wall sip cling safe machine thick dispenser sacks pots pyramid wholemeal grain chickpeas sunflower
    avocados head cold tahini laundry bio bamboo potato diced prawns wings meat wraps thai fine flat pearl
    sesame full twin long old all vine unsalted bull alcohol penne vinyl detergent gel dishwasher duty bleach
    aerosol refuse bin mop guest bottles instant wedge pot filter blend matcha tofu vegan lemons apples
    spinach raw grapefruit smoothie straight kernels haddock bean cone balls coriander steak croissants bake
    mini drum palm jasmine ramen river soup cabbage gyoza duck noodle wheat goat brine king baking punnets
    cooking passion iceberg cloudy concentrate orchard pint aid rinse trigger kitchen heavy tablets soap
    handle sponge granules whipping hazelnut port traybake cleaning ghee feta max bacon pickled edition
    lemonade turmeric flavour oats strong split walnut dates pitted bananas carrots baby cocoa multi shampoo
    lid forks shop super broccoli leaf burgers spicy naan brioche ale pie batter premium squid oyster base
    stock tuna basil chillies cook loose each mackerel spice champagne malt salad cherry plum squash
    pomegranate shredded gold spaghetti spiced year oven foam steel stainless fold aluminium aprons bucket
    cloths scourers caster callets couverture jam classic pasta gravy jelly dairy ham board chai ricotta
    months pesto panettone back loin bulgur pitta baklava greaseproof crisps pick infusion unsweetened
    raspberry three marinated farm flaked halves pumpkin juicing curly yeast smooth peanut jug berry delight
    cacao refill lavender wash conditioner cotton straw coated roast garden sweetcorn pollock battered
    fingers nuggets thigh tortilla sausage traditional samosas cheesecake cinnamon brewed royal prawn panko
    roe belly rolled half aromatic bird shiitake lime chopsticks easy kidney durum coarse cassava scotch okra
    chunks cubed sun purpose round wild blueberries eat bunch quail taste from part stout soda cordial
    blackcurrant disposable glasswasher disinfectant polish pine towels antibacterial liners pairs
    microfibre pads set brush french granulated icing glaze pods window chef sleeve custard loaf level
    polythene spray popping spreadable takeaway regular twisted ribs rack dal cumin cardamom masala tips slim
    lighters vest container plastic moulded origin filling minor sugars kombucha shot everyday ceremonial
    culinary short cashew chia linseed sultanas berries root kale celery maple ball bounce protein nibs
    solid compostable mesh napkin chunky crinkle seasoned waffles goose vegetables florets jointed bases
    dough pepperoni baguettes breads seeded pies mushroom topping rings cones fudge new sticky pudding
    dripping marrowfat tins condiment stick vermicelli udon wavy less superior hoisin mirin miso soybean
    crispy blended bonito dumplings sashimi yellowfin flying tubes lemongrass eye nori wasabi tempura
    breadcrumbs honey seed cornmeal yellow bonnet bunches thyme ripe tilapia saltfish crayfish tripe leg
    hard evaporated peak sorrel west
    pan pane pans mere pain plate plates pane panel pale pallet pallets pack packet packets carton cartons
    crate crates dozen punnet sleeve bundle bundles litre litres gram grams kilo kilos piece unit units
    small big tall short wide narrow thin slim heavy light hot mild cold warm chilled ambient frozen fresh
    salted smoked cured baked fried grilled roasted boiled steamed poached sliced diced chopped minced
    grated shredded crushed whole half quarter semi skimmed full fat low reduced sugar free organic plain
    wholemeal granary white brown red green yellow orange purple pink black blue grey gray silver gold
    clear natural original classic regular large medium extra jumbo mini
    order orders please thanks thank need want send deliver delivery tomorrow today monday tuesday wednesday
    thursday friday saturday sunday morning evening usual same again more less also another some
    spare spares stale store stores sale sales sole tone tones tonne carne corn care core cores
    pasta sole mole pate tart tarts torte mocha rose tel fax ref piccolo piccolos magnum jeroboam piper maris
    supreme supremes chorizo salami mortadella burrata brie camembert gouda edam emmental parmesan pecorino
    mascarpone prosciutto pancetta guanciale nduja focaccia ciabatta baguette croissant tortilla taco nacho
    burrito paella risotto gnocchi ravioli tortellini lasagne lasagna linguine tagliatelle fusilli farfalle
    rigatoni orzo couscous quinoa polenta semolina hummus houmous falafel labneh pitta chapati paratha
    samosa pakora bhaji paneer biryani tikka korma jalfrezi vindaloo balti shawarma gyros kofta sushi
    teriyaki kimchi soba pho satay chutney pickle relish guacamole aioli sriracha tabasco harissa chipotle
    jalapeno habanero stilton wensleydale leicester gorgonzola taleggio provolone manchego churros empanada
    gazpacho sangria cava rioja chianti shiraz malbec sauvignon chardonnay pinot grigio vermouth limoncello
    amaretto sambuca grappa cappuccino macchiato americano frappe gelato sorbet tiramisu cannoli crepe
    eclair macaron meringue profiterole quiche terrine confit gratin julienne consomme cacao cocoa nibs
    baldo arborio carnaroli basmati jasmine tilda brioche panettone pandoro amaretti grissini taralli
    passata polpa pelati borlotti cannellini porcini chanterelle shiitake enoki oyster portobello chestnut
    pecan macadamia brazil pine sultana currant prune fig apricot peach nectarine plum damson gooseberry
    rhubarb elderflower blackberry cranberry redcurrant kiwi papaya guava lychee passion dragon jackfruit
    plantain yam cassava okra callaloo ackee breadfruit eddoes dasheen tamarind jaggery fenugreek
    asafoetida ajwain nigella kalonji saffron sumac zaatar dukkah ras hanout baharat tahini halva
    halwa tahina pastrami salt beef brisket topside silverside rump sirloin ribeye fillet chuck shin oxtail
    tongue liver kidney heart tripe gammon bacon pancetta lardons chipolata cumberland lincolnshire
    toulouse merguez boerewors kabanos kielbasa frankfurter hotdog bratwurst black pudding haggis
    vita coco alpro oatly heinz lurpak monin kikkoman hellmanns hellmann knorr maggi nestle cadbury
    kitkat mars snickers twix bounty walkers pringles doritos fanta sprite pepsi coke cola tango lucozade
    ribena robinsons schweppes fever evian volvic buxton highland pellegrino perrier badoit
    romano grana grass simple gelatine gelatin ostrich flock malt malta malted
""")
