"""Food, drink and catering-supply nouns, as data: a part of a message naming one asks for goods."""

from __future__ import annotations

from jobs.language.tables import word_set

# Food, drink and catering-supply nouns, singular stems: a part of a message naming one asks for goods
# even when the catalog does not sell it ("do you do oat milk?", "• kombucha x 6").
GOODS_WORDS = word_set("""
    milk cream butter cheese yoghurt yogurt egg eggs bread roll bun baguette croissant flour sugar salt
    pepper rice pasta noodle oil vinegar tomato potato onion garlic carrot lettuce salad cucumber lemon
    lime orange apple banana berry strawberry raspberry blueberry grape melon avocado mushroom herb
    basil parsley mint coriander spinach cabbage broccoli pea bean chickpea lentil corn chicken beef pork
    lamb mince bacon ham sausage steak burger patty fish salmon tuna cod prawn shrimp mussel meat turkey
    duck coffee tea cocoa chocolate juice water soda cola coke lemonade tonic beer lager ale cider wine
    prosecco champagne vodka gin rum whisky whiskey tequila brandy liqueur syrup cordial keg bottle can
    cup lid straw napkin glove foil film bag box container tray cutlery fork knife spoon plate towel
    detergent soap bleach ice honey jam sauce ketchup mayo mayonnaise mustard olive nut almond oat soya
    soy coconut stock spice cinnamon vanilla yeast cake biscuit cookie pastry pie pizza mozzarella
    cheddar parmesan feta halloumi tofu drink smoothie espresso decaf energy crisp chip fries tortilla
    wrap pita naan
    leche nata mantequilla queso huevo pan harina azucar sal pimienta arroz aceite tomate patata cebolla
    ajo zanahoria lechuga limon naranja manzana pollo ternera cerdo cordero carne pescado zumo
    agua cerveza vino ginebra ron refresco hielo servilleta vaso
    lait creme beurre fromage oeuf pain farine sucre sel poivre riz huile tomate pomme oignon ail carotte
    laitue citron poulet boeuf porc agneau viande poisson jus eau biere vin glace serviette gobelet
    milch sahne butter kase ei brot mehl zucker salz pfeffer reis ol tomate kartoffel zwiebel knoblauch
    zitrone apfel hahnchen rind schwein fleisch fisch kaffee saft wasser bier wein eis serviette becher
    latte panna burro formaggio uovo uova pane farina zucchero sale riso olio pomodoro patata cipolla
    aglio limone mela pollo manzo maiale carne pesce succo acqua birra vino ghiaccio tovagliolo
    pitta saffron date medjool tahini hummus falafel halva baklava lokum bulgur couscous harissa sumac
    zaatar pistachio cashew walnut hazelnut raisin fig apricot pomegranate molasses ghee paneer dal dhal
    lentils basmati semolina filo phyllo kataifi labneh olive oregano cumin turmeric paprika chilli chili
    matcha chai frappe muffin scone brownie flapjack panini sandwich bagel doughnut donut sleeve stirrer
    prawns scallop oyster lobster crab squid clam salmon haddock hake brisket fillet chop rib wing thigh
    pepper aubergine courgette zucchini leek celery asparagus beetroot radish kale chard rocket herbs
    punnet pear plum peach nectarine cherry kiwi mango pineapple papaya passion lychee satsuma clementine
    slipper shampoo conditioner lotion razor comb earplug toothbrush toothpaste bathrobe robe amenity amenities
    miniature minis
    mithai namkeen bhujia sev laddoo ladoo barfi burfi jalebi samosa khoya besan atta maida sooji
""")
