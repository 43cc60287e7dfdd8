# Strategy comparison, one panel per metric (written by channelsim).
# Re-draw by hand from this directory:  gnuplot compare-bank-metrics.gp
# Data columns in compare-bank-metrics.dat: 1 panel, 2 slot, 3 strategy, 4 metric, 5 variant, 6 baseline, 7 mean, 8 low, 9 high, 10 label_y, 11 label.
# Values are raw (probabilities 0..1, durations in seconds); each panel's 'scale'
# converts them for display. NaN marks an undefined value: no bar, or no whisker.

set terminal pngcairo size 680,716 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'compare-bank-metrics.png'
data = 'compare-bank-metrics.dat'

# Colour of each strategy (column 3), grey for the baseline.
array colour[3] = [0xb0b0b0, 0x4e79a7, 0xf28e2b]
# x position of a row in panel p, or NaN (not drawn) for rows of other panels.
slot(p) = column(1) == p ? column(2) : NaN

set multiplot layout 2,2 title "bank-complex-enquiries: strategies compared\nmean with 95% CI · grey: base (baseline) · dashed: target" font ',12'
set border 3 lw 1 lc rgb '#505050'
set grid ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set xtics rotate by 30 right
set lmargin 10
set rmargin 2
set tmargin 3.5
set bmargin 6
set xzeroaxis lt -1 lw 1 lc rgb '#505050'
set style fill solid 0.9 noborder
set boxwidth 0.62
set style arrow 1 heads size screen 0.008,90 lw 1.5 lc rgb '#252525'
set title font ',11'
set style textbox opaque noborder
unset key

# Panel 1: chat p_abandon (probability).
scale = 100
set title 'chat p_abandon'
set ylabel 'percent'
set format y '%g%%'
set yrange [0:19.038]
set xrange [-0.6:2.6]
set xtics ('base' 0, 'forms-for-complex' 1, 'phone-first' 2)
plot data using (slot(1)):($7*scale):(colour[int($3)]) with boxes lc rgb variable, \
     ''   using (slot(1)):($8*scale):(0):(($9-$8)*scale) with vectors arrowstyle 1, \
     ''   using (slot(1)):($10*scale):11 with labels boxed font ',9'

# Panel 2: chat sl_offered (probability).
scale = 100
set title 'chat sl_offered (target 80%)'
set ylabel 'percent'
set format y '%g%%'
set yrange [0:100.32]
set xrange [-0.6:2.6]
set xtics ('base' 0, 'forms-for-complex' 1, 'phone-first' 2)
target = 0.8
plot data using (slot(2)):($7*scale):(colour[int($3)]) with boxes lc rgb variable, \
     ''   using (slot(2)):($8*scale):(0):(($9-$8)*scale) with vectors arrowstyle 1, \
     ''   using (slot(2)):($10*scale):11 with labels boxed font ',9', \
     target*scale with lines dt 2 lw 2 lc rgb '#cb181d'

# Panel 3: cost per resolved (money).
scale = 1
set title 'cost per resolved'
set ylabel 'money'
set format y '%g'
set yrange [0:6.3612]
set xrange [-0.6:2.6]
set xtics ('base' 0, 'forms-for-complex' 1, 'phone-first' 2)
plot data using (slot(3)):($7*scale):(colour[int($3)]) with boxes lc rgb variable, \
     ''   using (slot(3)):($8*scale):(0):(($9-$8)*scale) with vectors arrowstyle 1, \
     ''   using (slot(3)):($10*scale):11 with labels boxed font ',9'

# Panel 4: satisfaction_proxy (plain).
scale = 1
set title 'satisfaction_proxy'
set ylabel ''
set format y '%g'
set yrange [0:77.292]
set xrange [-0.6:2.6]
set xtics ('base' 0, 'forms-for-complex' 1, 'phone-first' 2)
plot data using (slot(4)):($7*scale):(colour[int($3)]) with boxes lc rgb variable, \
     ''   using (slot(4)):($8*scale):(0):(($9-$8)*scale) with vectors arrowstyle 1, \
     ''   using (slot(4)):($10*scale):11 with labels boxed font ',9'

unset multiplot
unset output
