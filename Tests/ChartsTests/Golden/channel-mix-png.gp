# Channel mix: how demand ended, per variant (written by channelsim).
# Re-draw by hand from this directory:  gnuplot compare-bank-channel-mix.gp
# compare-bank-channel-mix.dat block 0: one row per variant, a share 0..1 per category; block 1: the labels inside the bars.

set terminal pngcairo size 1000,660 noenhanced font 'sans-serif,10' background rgb 'white'
set encoding utf8
set output 'compare-bank-channel-mix.png'
data = 'compare-bank-channel-mix.dat'

set title "bank: channel mix, how demand ended (means over replications)\nshare of end points: visitors who self-served or left without a contact,\ncontacts by the channel where they ended, contacts given up (abandoned, mid-chat, unanswered)" font ',12'
set border 3 lw 1 lc rgb '#505050'
set grid ytics lw 1 lc rgb '#e0e0e0' dt 1
set tics nomirror out scale 0.6
set style data histograms
set style histogram rowstacked
set style fill solid 0.9 border rgb 'white'
set boxwidth 0.6
set yrange [0:100]
set xrange [-0.6:1.6]
set format y '%g%%'
set ylabel 'share of end points'
set xtics ('base' 0, 'a strategy with a very …' 1) rotate by -30 left
set key outside right top vertical Left reverse invert samplen 2 font ',10'
plot data index 0 using ($2*100) lc rgb 0x59a14f title 'self-served', \
     '' index 0 using ($3*100) lc rgb 0x4e79a7 title 'chat', \
     '' index 0 using ($4*100) lc rgb 0xf28e2b title 'phone', \
     '' index 0 using ($5*100) lc rgb 0xb07aa1 title 'phone callback', \
     '' index 0 using ($6*100) lc rgb 0xe15759 title 'gave up', \
     '' index 0 using ($7*100) lc rgb 0xbab0ac title 'left without contact', \
     '' index 1 using 1:2:3 with labels font ',9' tc rgb '#202020' notitle
unset output
